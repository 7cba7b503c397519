import TillCore
import Wire
import Crypto
import Foundation

/// Verifies TakeMe Pay webhook deliveries: `TakemePay-Signature: t=<unix seconds>,s=<hex>` where the
/// hex is HMAC-SHA256 of `"<t>.<body>"` keyed with the webhook's secret.
///
/// Several `s=` may be present, and several secrets may be configured (during a secret rotation):
/// any pair that matches verifies. Deliveries more than 300 s from now either way are refused as
/// replays. Signatures are compared in constant time.
public struct TakeMePayWebhookVerifier: Sendable {
    /// The header the signature arrives in.
    public static let headerName = "TakemePay-Signature"
    /// How far a delivery's timestamp may be from now.
    public static let tolerance: Int64 = 300

    /// Why a delivery was refused.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case malformedHeader
        case missingTimestamp
        case missingSignature
        case outsideTolerance(secondsOff: Int64)
        case noMatchingSignature

        public var description: String {
            switch self {
            case .malformedHeader: "the \(TakeMePayWebhookVerifier.headerName) header is not `t=...,s=...`"
            case .missingTimestamp: "the signature header has no `t=` timestamp"
            case .missingSignature: "the signature header has no `s=` signature"
            case .outsideTolerance(let off):
                "the delivery is \(off) s away from now (more than 300 s): refused as a replay"
            case .noMatchingSignature: "no signature matches the webhook secret"
            }
        }
    }

    private let secrets: [Secret]
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - secrets: the webhook secrets (`wesec_…`) in use; more than one during a rotation.
    ///   - now: the clock.
    public init(secrets: [Secret], now: @escaping @Sendable () -> Date = { Date() }) {
        self.secrets = secrets
        self.now = now
    }

    /// Verifies one delivery; returns its timestamp.
    @discardableResult
    public func verify(signatureHeader: String, body: Data) throws(Failure) -> Int64 {
        var timestamp: Int64?
        var timestampText = ""
        var signatures: [[UInt8]] = []
        for part in signatureHeader.split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw .malformedHeader }
            switch pair[0] {
            case "t":
                guard timestamp == nil, let value = Int64(pair[1]) else { throw .malformedHeader }
                timestamp = value
                timestampText = String(pair[1])
            case "s":
                if let bytes = Hex.decode(String(pair[1])) { signatures.append(bytes) }
            default:
                continue  // unknown schemes are ignored, as signature headers usually allow
            }
        }
        guard let timestamp else { throw .missingTimestamp }
        guard !signatures.isEmpty else { throw .missingSignature }
        let off = Int64(now().timeIntervalSince1970.rounded(.down)) - timestamp
        guard off.magnitude <= Self.tolerance else { throw .outsideTolerance(secondsOff: off) }
        var signed = Data(timestampText.utf8)
        signed.append(UInt8(ascii: "."))
        signed.append(body)
        var matched = false
        for secret in secrets {
            let expected = Array(
                HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: Data(secret.reveal().utf8))))
            for signature in signatures where ConstantTime.equal(expected, signature) { matched = true }
        }
        guard matched else { throw .noMatchingSignature }
        return timestamp
    }

    /// The header value TakeMe Pay would send for `body` at `timestamp` (for the sandbox and tests).
    public static func signatureHeader(body: Data, timestamp: Int64, secret: Secret) -> String {
        var signed = Data(String(timestamp).utf8)
        signed.append(UInt8(ascii: "."))
        signed.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: Data(secret.reveal().utf8)))
        return "t=\(timestamp),s=\(Hex.encode(mac))"
    }
}

extension TakeMePayWebhookVerifier: WebhookVerifier {
    public var gatewayID: GatewayID { .takemepay }

    /// Checks the `TakemePay-Signature` header, then reads the event's `data.dataObject`: its id, its
    /// status and the order (refund) number Till put in its metadata.
    public func verify(headers: [HTTPHeader], body: Data) throws(WebhookRejection) -> WebhookNotice {
        guard let header = headers.value(of: Self.headerName) else {
            throw WebhookRejection(.takemepay, "the delivery has no \(Self.headerName) header", kind: .notAuthentic)
        }
        do {
            try verify(signatureHeader: header, body: body)
        } catch {
            throw WebhookRejection(.takemepay, error.description, kind: .notAuthentic)
        }
        guard let event = try? JSONReader.parse(body), case .object = event["data"]?["dataObject"], let object = event["data"]?["dataObject"] else {
            throw WebhookRejection(.takemepay, "the event has no data.dataObject object")
        }
        let metadata = object["metadata"]
        return WebhookNotice(
            orderNumber: metadata?[TakeMePayObjects.orderNumberKey]?.string ?? metadata?[TakeMePayObjects.refundNumberKey]?.string,
            gatewayReference: object["id"]?.string, gatewayStatus: object["status"]?.string, isSigned: true)
    }
}
