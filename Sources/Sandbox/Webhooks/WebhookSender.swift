import Foundation
import TillCore
import Wire

/// Sends one try of a delivery and judges the answer.
enum WebhookSender {
    /// The `TakemePay-Signature` header value: `t=<unix s>,s=<hex HMAC-SHA256 of "<t>.<body>">`.
    static func takeMePaySignature(body: String, secret: String, at time: Date) -> String {
        let timestamp = Int64(time.timeIntervalSince1970)
        let signed = Digests.hmacSHA256Hex(key: secret, message: Data("\(timestamp).\(body)".utf8))
        return "t=\(timestamp),s=\(signed)"
    }

    static func send(_ delivery: WebhookDelivery, via transport: any HTTPTransport, at time: Date) async -> DeliveryAttempt {
        guard let url = URL(string: delivery.url) else {
            return DeliveryAttempt(at: time, status: nil, failure: "the URL \(delivery.url) is not valid")
        }
        var headers = [HTTPHeader("Content-Type", "application/json; charset=utf-8"), HTTPHeader("User-Agent", "till-sandbox")]
        if let secret = delivery.signingSecret {
            headers.append(HTTPHeader("TakemePay-Signature", takeMePaySignature(body: delivery.body, secret: secret, at: time)))
        }
        let request = HTTPRequest(method: "POST", url: url, headers: headers, body: Data(delivery.body.utf8))
        do {
            let response = try await transport.send(request)
            guard (200..<300).contains(response.status) else {
                return DeliveryAttempt(at: time, status: response.status, failure: "answered HTTP \(response.status)")
            }
            if delivery.expectsSuccessBody {
                let text = String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard text == "SUCCESS" else {
                    return DeliveryAttempt(at: time, status: response.status, failure: "answered \(text.prefix(40)) instead of SUCCESS")
                }
            }
            return DeliveryAttempt(at: time, status: response.status, failure: nil)
        } catch {
            return DeliveryAttempt(at: time, status: nil, failure: error.description)
        }
    }
}

extension WebhookDelivery {
    mutating func record(_ attempt: DeliveryAttempt, finishedAt: Date) {
        attempts.append(attempt)
        if attempt.failure == nil {
            state = .delivered
        } else if attempts.count >= policy.maximumAttempts {
            state = .failed
        } else {
            state = .pending
            nextAttemptAt = attempt.at.addingTimeInterval(policy.delay(afterFailures: attempts.count))
        }
    }
}
