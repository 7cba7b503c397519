import TillCore
import TillStrings

/// Cash at the counter: chosen on the sheet, the amount the buyer gave typed (nothing typed: the
/// exact amount), recorded by the desk, the change shown in big digits.
extension TillApp {
    /// Enter on the sheet's cash row. Cash goes into the drawer of a shift, so it needs one open.
    static func openCash(_ due: Money, in model: inout AppModel, effects: inout [AppEffect]) {
        guard model.shop.shift != nil else {
            model.message = .error(model.strings[.msgCashNeedsShift])
            return effects.append(.bell)
        }
        model.shop.cash = CashTender(due: due, tendered: AmountEntry(currency: due.currency, strings: model.strings))
        model.screen = .cash
        model.message = nil
    }

    /// A key on the cash screen: the amount given, Enter records; once recorded, Enter starts the
    /// next sale and `r` shows the receipt.
    static func handleOnCash(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var cash = model.shop.cash, !cash.isRecording else { return }
        if let sale = cash.sale {
            switch key {
            case .enter, .escape: readyForNextSale(&model, last: sale.amount)
            case .character("r"), .character("R"): showSaleReceipt(&model, effects: &effects)
            default: break
            }
            return
        }
        cash.message = nil
        switch key {
        case .escape:
            model.shop.cash = nil
            model.screen = .sheet
            return
        case .backspace:
            cash.tendered.deleteBackward()
        case .character(let character):
            do throws(AmountEntry.Refusal) { try cash.tendered.type(character) } catch {
                effects.append(.bell)
            }
        case .enter:
            recordCash(&cash, in: &model, effects: &effects)
        default:
            break
        }
        model.shop.cash = cash
    }

    private static func recordCash(_ cash: inout CashTender, in model: inout AppModel, effects: inout [AppEffect]) {
        if let refusal = cash.tendered.refusal {
            cash.message = .error(refusal.message)
            effects.append(.bell)
            return
        }
        let units = cash.tendered.isEmpty ? cash.due.minorUnits : cash.tendered.minorUnits ?? 0
        guard units >= cash.due.minorUnits else {
            cash.message = .error(model.strings.text(.msgCashTooLittle, ["amount": cash.due.formatted()]))
            effects.append(.bell)
            return
        }
        cash.isRecording = true
        let tendered = cash.tendered.isEmpty ? nil : Money(minorUnits: units, currency: cash.due.currency)
        let description = model.saleDescription.isEmpty ? nil : model.saleDescription
        effects.append(.shop(.cashSale(amount: cash.due, tendered: tendered, description: description)))
    }

    /// The desk recorded the cash sale: the change, and the drawer is open.
    static func cashSold(_ sale: CashSale, in model: inout AppModel, effects: inout [AppEffect]) {
        guard var cash = model.shop.cash else { return }
        cash.isRecording = false
        cash.sale = sale
        cash.message = sale.printProblem.map { .error($0) }
        model.shop.cash = cash
        model.shop.saleReceipt = sale.receipt
        effects.append(.flash)
    }
}
