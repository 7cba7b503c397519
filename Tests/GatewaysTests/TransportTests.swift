import Foundation
import Testing
import TillCore
import Wire
import WireHTTPClient

@testable import Gateways

/// The real transport (AsyncHTTPClient) against a raw-socket HTTP server on 127.0.0.1 that the test
/// scripts: what the server saw is the proof that nothing was sent twice.
@Suite(.timeLimit(.minutes(1))) struct AsyncHTTPTransportTests {
    let transport = AsyncHTTPTransport(requestTimeout: .seconds(10))

    func post(_ server: LoopbackServer, _ path: String, _ body: String) -> HTTPRequest {
        HTTPRequest(method: "POST", url: URL(string: "http://127.0.0.1:\(server.port)\(path)")!, body: Data(body.utf8))
    }

    @Test func roundTripsMethodHeadersAndBody() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(
            .respond(status: 201, headers: [("Content-Type", "application/json")], body: #"{"amount":0.30}"#))
        let request = HTTPRequest(
            method: "POST", url: URL(string: "http://127.0.0.1:\(server.port)/api/native-pay")!,
            headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("signature", "abc")],
            body: Data(#"{"amount":0.30}"#.utf8))
        let response = try await transport.send(request)
        #expect(response.status == 201)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"amount":0.30}"#)
        #expect(response.header("content-type") == "application/json")
        let received = try #require(server.requests.first)
        #expect(received.hasPrefix("POST /api/native-pay HTTP/1.1\r\n"))
        #expect(received.lowercased().contains("signature: abc"))
        #expect(received.hasSuffix(#"{"amount":0.30}"#))
    }

    @Test func aGETCarriesItsBody() async throws {
        // TakeMe Pay's document sends clientSecret in the JSON body of GET /sources/:id.
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.respond(status: 200, headers: [], body: "{}"))
        let request = HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1:\(server.port)/sources/src_1")!,
            body: Data(#"{"clientSecret":"src_cs_1"}"#.utf8))
        #expect(try await transport.send(request).status == 200)
        let received = try #require(server.requests.first)
        #expect(received.hasPrefix("GET /sources/src_1 HTTP/1.1\r\n"))
        #expect(received.hasSuffix(#"{"clientSecret":"src_cs_1"}"#))
    }

    @Test func aDropAfterTheRequestIsLostAndNothingIsSentAgain() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.closeWithoutAnswer)
        server.enqueue(.respond(status: 200, headers: [], body: "marker"))
        do {
            _ = try await transport.send(post(server, "/pay", #"{"order":"A-1"}"#))
            Issue.record("expected a failure")
        } catch {
            guard case .connectionLost = error else {
                Issue.record("expected connectionLost, got \(error)")
                return
            }
        }
        // A marker request after the failure: any re-send of the POST would stand before it.
        #expect(try await transport.send(post(server, "/marker", "m")).status == 200)
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(server.connections == 2)
        #expect(requests.first?.hasPrefix("POST /pay HTTP/1.1") == true)
        #expect(requests.first?.hasSuffix(#"{"order":"A-1"}"#) == true)
        #expect(requests.last?.hasPrefix("POST /marker HTTP/1.1") == true)
    }

    @Test func aKeptAliveConnectionClosedBetweenTwoRequestsStillCarriesTheSecondOnce() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.respondKeepAliveThenClose(body: "first"))
        server.enqueue(.respond(status: 200, headers: [], body: "second"))
        let first = try await transport.send(post(server, "/one", "1"))
        #expect(String(decoding: first.body, as: UTF8.self) == "first")
        let second = try await transport.send(post(server, "/two", "2"))
        #expect(String(decoding: second.body, as: UTF8.self) == "second")
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.filter { $0.hasPrefix("POST /two ") }.count == 1)
        #expect(server.connections == 2, "each request gets a fresh connection")
    }

    /// Port 9 (discard): below the ephemeral range, so bind(0) never hands it to a test's server. A
    /// port freed by a stopped server was not safe: a test running beside this one could be given
    /// it, and this request then took that test's scripted answer.
    @Test func nothingListeningIsNotSent() async throws {
        do {
            _ = try await transport.send(HTTPRequest(method: "POST", url: URL(string: "http://127.0.0.1:9/")!))
            Issue.record("expected a failure")
        } catch {
            guard case .notSent = error else {
                Issue.record("expected notSent, got \(error)")
                return
            }
        }
    }

    @Test func aServerThatNeverAnswersMeetsTheDeadline() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.holdOpen)
        let quick = AsyncHTTPTransport(requestTimeout: .seconds(1))
        do {
            _ = try await quick.send(post(server, "/slow", "{}"))
            Issue.record("expected a timeout")
        } catch {
            #expect(error == .timedOut)
        }
        #expect(server.requests.count == 1)
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeSending() async {
        // A refusal, not `.notSent`: the host name was never even resolved.
        do {
            _ = try await transport.send(
                HTTPRequest(method: "POST", url: URL(string: "http://gateway.example/pay?secret=s")!, body: Data("{}".utf8)))
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .insecureURL("http://gateway.example/pay"))
        }
    }

    @Test func anAnswerAnnouncedTooLargeIsRefused() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.announceLength(2 << 20))
        do {
            _ = try await transport.send(post(server, "/big", "{}"))
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .connectionLost("the answer is larger than 1048576 bytes, the most Till reads"))
        }
    }

    @Test func anEndlessAnswerIsCutOffAtTheLimit() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let limit = 256 << 20
        server.enqueue(.respondEndlessly(limit: limit))
        let small = AsyncHTTPTransport(requestTimeout: .seconds(30), maximumAnswerBytes: 64 << 10)
        do {
            _ = try await small.send(post(server, "/endless", "{}"))
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .connectionLost("the answer is larger than 65536 bytes, the most Till reads"))
        }
        // The marker is served only once the endless answer ended, i.e. once the client hung up.
        server.enqueue(.respond(status: 200, headers: [], body: "marker"))
        #expect(try await transport.send(post(server, "/marker", "m")).status == 200)
        #expect(server.written < limit, "the client read the whole answer instead of hanging up")
    }

    @Test func connectorOverRealHTTPEndToEnd() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(
            .respond(
                status: 200, headers: [],
                body:
                    #"{"errCode": 0, "msg": "success", "data": {"collection_id": 1, "ew_id": "EW1", "id_1": "T1", "id_2": "", "url": "https://demo.tapin.tech/pay/EW1"}}"#
            ))
        let client = TapInClient(
            settings: TapInSettings(
                vendorID: 1, ssCode: Secret("1734e90a57e422a1bc87100a567893c0"),
                webhookURL: "https://till.example/hook", currency: usd,
                baseURL: URL(string: "http://127.0.0.1:\(server.port)")!),
            transport: transport)
        let start = try await client.startQRPayment(
            PaymentRequest(orderNumber: order("T1"), amount: Money(minorUnits: 100, currency: usd), brand: .tapinLink))
        #expect(start.qrPayload == "https://demo.tapin.tech/pay/EW1")
        #expect(
            server.requests.first?.hasPrefix("POST /api/external_collection/create_external_collection HTTP/1.1")
                == true)
    }
}
