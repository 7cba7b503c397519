#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting

/// The server's handling of what a well-behaved HTTP client never sends: garbage, chunked bodies, huge bodies,
/// several requests on one connection.
@Suite("HTTP server edge cases")
struct RawSocketTests {
    /// Writes `bytes` on a fresh connection and reads until the server closes it.
    static func exchange(_ bytes: String, port: UInt16) throws -> String {
        let fd = socket(AF_INET, Socket.streamType, 0)
        defer { Socket.close(fd) }
        Socket.setTimeout(fd, seconds: 60)
        #expect(Socket.connect(fd, try Socket.address(host: "127.0.0.1", port: port)) == 0)
        #expect(Socket.writeAll(fd, Data(bytes.utf8)))
        var reader = SocketReader(fd: fd)
        let rest = (try? reader.readToEnd(limit: 1 << 20)) ?? Data()
        return String(decoding: rest, as: UTF8.self)
    }

    @Test func garbageGetsA400() throws {
        let sandbox = try LiveSandbox()
        let answer = try Self.exchange("HELLO\r\n\r\n", port: sandbox.server.port)
        #expect(answer.hasPrefix("HTTP/1.1 400"))
    }

    @Test func chunkedBodiesAreRefusedWith411() throws {
        let sandbox = try LiveSandbox()
        let answer = try Self.exchange("POST /motp/api/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", port: sandbox.server.port)
        #expect(answer.hasPrefix("HTTP/1.1 411"))
    }

    @Test func bodiesOverOneMebibyteAreRefusedWith413() throws {
        let sandbox = try LiveSandbox()
        let answer = try Self.exchange("POST /motp/api/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", port: sandbox.server.port)
        #expect(answer.hasPrefix("HTTP/1.1 413"))
    }

    @Test func pipelinedRequestsOnOneConnectionAreAllAnswered() throws {
        let sandbox = try LiveSandbox()
        let one = "GET /__sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n"
        let last = "GET /__sandbox/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        let answer = try Self.exchange(one + one + last, port: sandbox.server.port)
        #expect(answer.components(separatedBy: "HTTP/1.1 200 OK").count == 4)
        #expect(answer.hasSuffix(#"{"ok":true}"#))
    }

    @Test func aKeepAliveConnectionCarriesManyRequests() throws {
        let sandbox = try LiveSandbox()
        let connection = try KeepAliveConnection(host: "127.0.0.1", port: sandbox.server.port)
        let statuses = try (0..<50).map { _ in try connection.send(method: "GET", target: "/__sandbox/health") }
        #expect(statuses == Array(repeating: 200, count: 50))
    }

    @Test func thePublicKeyMayReadASourceWithItsClientSecretInTheBody() async throws {
        let sandbox = try LiveSandbox()
        let key = ["Authorization": "Bearer \(TestCredentials.takeMePayPublicKey)"]
        let created = try await sandbox.send("POST", "/takemepay/v1/sources", headers: key.merging(["Content-Type": "application/json"]) { $1 },
                                             body: #"{"amount":1,"currency":"JPY","type":"WeChatPay"}"#)
        let id = try #require(try created.json["id"]?.string)
        let secret = try #require(try created.json["clientSecret"]?.string)
        let connection = try KeepAliveConnection(host: "127.0.0.1", port: sandbox.server.port)
        let withBody = try connection.send(
            method: "GET", target: "/takemepay/v1/sources/\(id)", headers: [("Authorization", key["Authorization"]!)],
            body: Data(#"{"clientSecret":"\#(secret)"}"#.utf8))
        #expect(withBody == 200)
        let without = try connection.send(method: "GET", target: "/takemepay/v1/sources/\(id)", headers: [("Authorization", key["Authorization"]!)])
        #expect(without == 403)
    }
}
