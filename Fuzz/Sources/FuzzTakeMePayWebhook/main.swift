import Foundation
import FuzzSupport
import Gateways
import TillCore

// A webhook delivery: the `TakemePay-Signature` header (`t=...,s=...`) on the first line, the body after.
let verifier = TakeMePayWebhookVerifier(
    secrets: [Secret("whsec_fuzz")], now: { Date(timeIntervalSince1970: 1_700_000_000) })
fuzz { data in
    let (header, body) = split(data)
    _ = try? verifier.verify(signatureHeader: header, body: body)
}
