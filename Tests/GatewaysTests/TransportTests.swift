import Foundation
import Testing
import TillCore

@testable import Gateways

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct TransportPolicyTests {
    @Test(arguments: [
        "https://api.pomelopay.com/public", "http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x",
        "http://127.9.9.9/",
    ])
    func allowed(_ text: String) throws {
        try TransportPolicy.check(URL(string: text)!)
    }

    @Test(arguments: [
        "http://api.pomelopay.com/public", "http://10.0.0.1/", "ftp://127.0.0.1/", "http://127.0.0.1.evil.com/",
        "http://localhost.evil.com/",
    ])
    func refused(_ text: String) {
        #expect(throws: TransportError.self) { try TransportPolicy.check(URL(string: text)!) }
    }

    @Test func insecureURLErrorDoesNotCarryTheQuery() {
        do {
            try TransportPolicy.check(URL(string: "http://api.example/sources/s?clientSecret=src_cs_ABC")!)
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .insecureURL("http://api.example/sources/s"))
        }
    }

    @Test(arguments: [
        (URLError.Code.cannotConnectToHost, "notSent"), (.cannotFindHost, "notSent"), (.dnsLookupFailed, "notSent"),
        (.timedOut, "timedOut"), (.networkConnectionLost, "connectionLost"), (.badServerResponse, "connectionLost"),
    ])
    func urlErrorsMap(_ code: URLError.Code, _ expected: String) {
        let mapped = TransportPolicy.map(URLError(code))
        let name: String =
            switch mapped {
            case .notSent: "notSent"
            case .timedOut: "timedOut"
            case .connectionLost: "connectionLost"
            case .insecureURL: "insecureURL"
            }
        #expect(name == expected)
    }
}

/// The real URLSession transport against a real HTTP server on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct URLSessionTransportTests {
    @Test func roundTripsMethodHeadersAndBody() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(
            .respond(status: 201, headers: [("Content-Type", "application/json")], body: #"{"amount":0.30}"#))
        let transport = URLSessionTransport(connectTimeout: 5, requestTimeout: 10)
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

    @Test func refusedConnectionIsNotSent() async throws {
        let server = try LoopbackServer()
        let port = server.port
        server.stop()
        let transport = URLSessionTransport(connectTimeout: 5, requestTimeout: 10)
        do {
            _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)/")!))
            Issue.record("expected a failure")
        } catch {
            guard case .notSent = error else {
                Issue.record("expected notSent, got \(error)")
                return
            }
        }
    }

    @Test func closedWithoutAnswerIsLostNotNotSent() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.closeWithoutAnswer)
        let transport = URLSessionTransport(connectTimeout: 5, requestTimeout: 10)
        do {
            _ = try await transport.send(
                HTTPRequest(
                    method: "POST", url: URL(string: "http://127.0.0.1:\(server.port)/x")!, body: Data("{}".utf8)))
            Issue.record("expected a failure")
        } catch {
            guard case .connectionLost = error else {
                Issue.record("expected connectionLost, got \(error)")
                return
            }
        }
    }

    @Test func unansweredRequestTimesOut() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.enqueue(.holdOpen)
        // 0.5 is clamped to 1 s; without the clamp FoundationNetworking times out at once.
        let transport = URLSessionTransport(connectTimeout: 0.5, requestTimeout: 0.5)
        let started = ContinuousClock.now
        do {
            _ = try await transport.send(
                HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(server.port)/slow")!))
            Issue.record("expected a timeout")
        } catch {
            #expect(error == .timedOut)
        }
        #expect(ContinuousClock.now - started >= .milliseconds(900), "the clamp to 1 s did not hold")
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeSending() async {
        let transport = URLSessionTransport()
        do {
            _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://example.com/")!))
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .insecureURL("http://example.com/"))
        }
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
            transport: URLSessionTransport())
        let start = try await client.startQRPayment(
            PaymentRequest(orderNumber: order("T1"), amount: Money(minorUnits: 100, currency: usd), brand: .tapinLink))
        #expect(start.qrPayload == "https://demo.tapin.tech/pay/EW1")
        #expect(
            server.requests.first?.hasPrefix("POST /api/external_collection/create_external_collection HTTP/1.1")
                == true)
    }
}
