extension Currency {
    /// A currency is stored as its code alone (`"JPY"`): the ISO table is the truth for the rest, so
    /// a journal written today stays readable after a table correction. Decoding also accepts an
    /// object with a `code` field (the older, spelled-out form). A code the table does not know is a
    /// decoding error, as is a hand-made currency that is not in the table.
    public init(from decoder: any Decoder) throws {
        let code: String
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            code = text
        } else {
            let object = try decoder.container(keyedBy: CodingKeys.self)
            code = try object.decode(String.self, forKey: .code)
        }
        guard let found = Currency(code: code) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "\(code.prefix(12)) is not an active ISO 4217 currency code."))
        }
        self = found
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    private enum CodingKeys: String, CodingKey {
        case code
    }
}
