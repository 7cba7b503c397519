import FuzzSupport
import Gateways
import TillCore

// A Pomelo callback body, verified with the account's API key.
let verifier = PomeloWebhookVerifier(apiKey: Secret("fuzz-api-key"))
fuzz { data in
    _ = try? verifier.verify(body: data)
}
