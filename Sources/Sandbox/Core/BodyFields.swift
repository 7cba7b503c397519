import Foundation
import Wire

/// A field of a request body that is missing, of the wrong type or out of bounds.
struct FieldError: Error, Equatable {
    enum Kind: Equatable { case missing, invalid }
    let field: String
    let kind: Kind
    let message: String

    static func missing(_ field: String, _ expected: String) -> FieldError {
        FieldError(field: field, kind: .missing, message: "\(field) is required (\(expected))")
    }

    static func invalid(_ field: String, _ why: String) -> FieldError {
        FieldError(field: field, kind: .invalid, message: "\(field) \(why)")
    }
}

/// Typed reading of a JSON object body, with messages that say what is wrong and what is expected.
struct BodyFields {
    /// The body: always an object.
    let object: JSONValue

    /// Parses `data` as a JSON object.
    static func parse(_ data: Data) -> Result<BodyFields, JSONReadError> {
        do {
            let value = try JSONReader.parse(data)
            guard value.members != nil else {
                return .failure(JSONReadError("the body must be a JSON object, not a \(value.typeName)"))
            }
            return .success(BodyFields(object: value))
        } catch {
            return .failure(error)
        }
    }

    func has(_ field: String) -> Bool {
        if let value = object[field], value != .null { return true }
        return false
    }

    func string(_ field: String) throws(FieldError) -> String {
        guard let value = object[field], value != .null else { throw .missing(field, "a string") }
        guard let text = value.string else { throw .invalid(field, "must be a string, not a \(value.typeName)") }
        guard !text.isEmpty else { throw .invalid(field, "must not be empty") }
        return text
    }

    func optionalString(_ field: String) throws(FieldError) -> String? {
        guard let value = object[field], value != .null else { return nil }
        guard let text = value.string else { throw .invalid(field, "must be a string, not a \(value.typeName)") }
        return text
    }

    /// An integer written without fraction or exponent: `150`, never `150.0`.
    func integer(_ field: String) throws(FieldError) -> Int64 {
        guard let value = object[field], value != .null else { throw .missing(field, "an integer") }
        return try Self.integer(value, field: field)
    }

    func optionalInteger(_ field: String) throws(FieldError) -> Int64? {
        guard let value = object[field], value != .null else { return nil }
        return try Self.integer(value, field: field)
    }

    private static func integer(_ value: JSONValue, field: String) throws(FieldError) -> Int64 {
        guard let text = value.numberText else {
            throw .invalid(field, "must be a JSON number, not a \(value.typeName)")
        }
        guard let integer = NumberText.integer(text) else {
            throw .invalid(field, "must be a whole number in minor units written without a decimal point or exponent (got \(text))")
        }
        return integer
    }

    /// A decimal amount in major units with at most `places` decimals, as minor units.
    func decimal(_ field: String, places: Int) throws(FieldError) -> Int64 {
        guard let value = object[field], value != .null else { throw .missing(field, "a decimal number") }
        guard let text = value.numberText else {
            throw .invalid(field, "must be a JSON number such as 0.01, not a \(value.typeName)")
        }
        guard let minor = NumberText.minorUnits(text, places: places) else {
            throw .invalid(field, "must be a plain decimal with at most \(places) decimal places, such as 0.01 (got \(text))")
        }
        return minor
    }

    /// A string or an integer, as text (MOTP writes ids both ways).
    func identifier(_ field: String) throws(FieldError) -> String {
        guard let value = object[field], value != .null else { throw .missing(field, "a string or an integer") }
        if let text = value.string, !text.isEmpty { return text }
        if let text = value.numberText, NumberText.integer(text) != nil { return text }
        throw .invalid(field, "must be a string or an integer, not \(value.typeName)")
    }

    func optionalIdentifier(_ field: String) throws(FieldError) -> String? {
        guard has(field) else { return nil }
        return try identifier(field)
    }

    func optionalObject(_ field: String) throws(FieldError) -> JSONValue? {
        guard let value = object[field], value != .null else { return nil }
        guard value.members != nil else { throw .invalid(field, "must be an object, not a \(value.typeName)") }
        return value
    }
}
