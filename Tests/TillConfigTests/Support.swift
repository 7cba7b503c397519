import Testing
import TillConfig

/// Decodes `text` as the file `till.toml`; a failing test shows the issues.
func decode(_ text: String, environment: [String: String] = [:]) throws -> TillConfiguration {
    try ConfigLoader.decode(text, file: "till.toml", environment: environment)
}

/// The issues `text` has; empty when it is valid.
func issues(_ text: String, environment: [String: String] = [:]) -> [ConfigIssue] {
    do {
        _ = try ConfigLoader.decode(text, file: "till.toml", environment: environment)
        return []
    } catch {
        return error.issues
    }
}

/// The one issue about `key`, if exactly one names it.
func issue(_ text: String, key: String, environment: [String: String] = [:]) -> ConfigIssue? {
    let matching = issues(text, environment: environment).filter { $0.key == key }
    return matching.count == 1 ? matching[0] : nil
}

let takemepayTest = """
    [store]
    currency = "JPY"
    [gateways.takemepay]
    public_key = "pk_test_sDkS-Zn8sf8iv0HgW7S9HBLd1LRwk7aAQ9yWV"
    secret_key = "sk_test_abcdefghijklmnopqrstuvwxyz9yWV"
    """
