import FuzzSupport
import TillCore

// Amount text as a user types it, as a gateway writes it, and as Till displays it; in currencies
// with 0, 2, 3 and 4 decimals. An amount read must write back to the same amount.
let currencies = ["JPY", "USD", "KWD", "CLF"].compactMap { Currency(code: $0) }
fuzz { data in
    let text = text(data)
    for currency in currencies {
        if let money = try? Money.parse(cashierInput: text, currency: currency, maximum: nil) {
            guard (try? Money.parse(decimalText: money.decimalText, currency: currency)) == money else {
                fatalError("\(money) does not read back from \(money.decimalText)")
            }
        }
        _ = try? Money.parse(decimalText: text, currency: currency)
        if let money = try? Money.parse(formatted: text, currency: currency) {
            _ = money.formatted(symbol: true)
        }
    }
}
