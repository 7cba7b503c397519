import Journal
import TillCore
import TillStrings

/// The amounts of the shop's day as typed on the command line (`--float 10000`, `--counted 12.50`):
/// the cashier's strict rule, with zero allowed where a drawer can be empty.
enum ShopAmount {
    static func parse(_ text: String, option: String, currency: Currency, _ strings: Strings, allowZero: Bool = false) throws -> Money {
        do {
            return try Money.parse(cashierInput: text, currency: currency, maximum: nil)
        } catch .zero where allowZero {
            return .zero(currency)
        } catch {
            throw CLIError("\(option) \(text): \(error.message(in: strings))", exitCode: CheckoutExit.usage)
        }
    }
}

/// Runs a journal call of the shop's day, turning its refusal into the command line's exit 2, said
/// in the language of `strings`.
func shop<T>(_ strings: Strings, _ body: () async throws(ShiftError) -> T) async throws -> T {
    do { return try await body() } catch { throw CLIError(error.message(in: strings), exitCode: CheckoutExit.usage) }
}
