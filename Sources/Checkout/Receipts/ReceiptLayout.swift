import Foundation
import Journal
import TillCore
import TillStrings

/// What a receipt says, line by line, before it is drawn: on the screen and in a text file as plain
/// columns (`plainText`), on paper through the ESC/POS printer. One layout for all three.
public enum ReceiptLine: Hashable, Sendable {
    /// Centred and emphasised: the store's name, the receipt's kind.
    case title(String)
    /// A line as it is.
    case text(String)
    /// A label on the left and its value on the right.
    case row(String, String)
    /// The amount, large.
    case total(String, String)
    case divider
    /// A QR code of the text (the order number), drawn with Till's own encoder.
    case qr(String)
}

/// Builds the lines of one receipt from its journal facts.
public enum ReceiptLayout {
    /// The receipt of `facts`, under the store's `header` (one line per line of `receipt_header`),
    /// in the language of `strings`.
    public static func lines(
        _ facts: ReceiptFacts, header: String?, _ strings: Strings = Strings(.en), timeZone: TimeZone = .current
    ) -> [ReceiptLine] {
        let receipt = facts.receipt
        let number = ["number": String(receipt.number)]
        var lines: [ReceiptLine] = (header ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty }.map { .title(String($0)) }
        lines.append(.title(strings.text(receipt.kind == .sale ? .receiptTitle : .receiptRefundTitle, number)))
        if let original = facts.originalReceipt {
            lines.append(.text(strings.text(.receiptRefundOf, ["number": String(original)])))
        }
        lines.append(.text(localTime(receipt.createdAt, timeZone)))
        if let cashier = receipt.cashier { lines.append(.row(strings[.receiptCashier], cashier)) }
        if let lane = receipt.lane { lines.append(.row(strings[.receiptLane], lane)) }
        lines.append(.divider)
        if let description = facts.description, !description.isEmpty { lines.append(.text(description)) }
        lines.append(.total(strings[receipt.kind == .sale ? .receiptTotal : .receiptRefunded], receipt.amount.formatted()))
        lines.append(.row(strings[.receiptPaidBy], tenderName(facts, strings)))
        if let tendered = facts.tendered { lines.append(.row(strings[.receiptCash], tendered.formatted())) }
        if let change = facts.change { lines.append(.row(strings[.receiptChange], change.formatted())) }
        if let gateway = facts.gateway { lines.append(.row(strings[.receiptGateway], gateway.displayName)) }
        if let reference = facts.reference { lines.append(.row(strings[.receiptReference], reference)) }
        lines.append(.row(strings[.receiptOrder], receipt.orderNumber.rawValue))
        lines.append(.divider)
        lines.append(.qr(receipt.orderNumber.rawValue))
        return lines
    }

    /// The lines as plain text `columns` wide; a QR line says where the code goes (a screen or a
    /// printer draws it; a text file keeps the order number, printed just above it).
    public static func plainText(_ lines: [ReceiptLine], columns: Int = 42) -> String {
        lines.map { line in
            switch line {
            case .title(let text): centred(text, columns)
            case .text(let text): text
            case .row(let label, let value), .total(let label, let value): spread(label, value, columns)
            case .divider: String(repeating: "-", count: columns)
            case .qr(let text): centred("[QR: \(text)]", columns)
            }
        }.joined(separator: "\n")
    }

    static func tenderName(_ facts: ReceiptFacts, _ strings: Strings) -> String {
        switch facts.tender {
        case .cash: strings[.receiptCash]
        case .other: strings[.receiptOtherTerminal]
        case .qr, .quickPay:
            [facts.brand?.displayName, facts.tender == .qr ? "QR" : "QuickPay"].compactMap { $0 }.joined(separator: " ")
        }
    }

    private static func localTime(_ date: Date, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    // Widths in terminal columns: a Japanese or Chinese character takes two.
    private static func centred(_ text: String, _ columns: Int) -> String {
        let pad = max(0, (columns - CharacterWidth.of(text)) / 2)
        return String(repeating: " ", count: pad) + text
    }

    private static func spread(_ label: String, _ value: String, _ columns: Int) -> String {
        label + String(repeating: " ", count: max(1, columns - CharacterWidth.of(label) - CharacterWidth.of(value))) + value
    }
}
