import Testing

@testable import Printing

/// Receipts encoded to ESC/POS and decoded back: the text, its style, rows, cuts and drawer kicks.
@Suite struct ReceiptDecodingTests {
    typealias Line = ESCPOSDecoder.Line

    static func decode(_ document: PrintDocument, paper: PaperWidth, codepage: PrinterCodepage) throws
        -> [ESCPOSDecoder.Event]
    {
        let bytes = try ESCPOSEncoder(paper: paper, codepage: codepage).encode(document)
        return try ESCPOSDecoder.decode(bytes, codepage: codepage)
    }

    @Test func japaneseReceiptDecodesExactly() throws {
        let document = PrintDocument([
            .text("東京珈琲店", TextStyle(alignment: .center, bold: true)),
            .text("レシート No. 0042", TextStyle(alignment: .center)),
            .divider(),
            .row(label: "季節のスペシャルブレンドコーヒー", value: "¥480"),
            .row(label: "Cake", value: "¥520"),
            .divider("="),
            .text("合計 ¥1,000", TextStyle(alignment: .right, bold: true, size: .double)),
            .feed(3),
            .cut(),
            .drawerKick,
        ])
        let events = try Self.decode(document, paper: .mm58, codepage: .shiftJIS)
        #expect(events == [
            .initialize,
            .line(Line(text: "東京珈琲店", alignment: .center, bold: true)),
            .line(Line(text: "レシート No. 0042", alignment: .center)),
            .line(Line(text: String(repeating: "-", count: 32))),
            // 16 double-byte characters are 32 columns: the price goes on a line of its own.
            .line(Line(text: "季節のスペシャルブレンドコーヒー")),
            .line(Line(text: String(repeating: " ", count: 27) + "￥480")),
            .line(Line(text: "Cake" + String(repeating: " ", count: 23) + "￥520")),
            .line(Line(text: String(repeating: "=", count: 32))),
            .line(Line(text: "合計 ￥1,000", alignment: .right, bold: true, size: .double)),
            .feed(3),
            .cut(.partial),
            .drawerKick(pin: 2, onMilliseconds: 50, offMilliseconds: 500),
        ])
    }

    @Test func chineseReceiptDecodesExactlyAt80mm() throws {
        let document = PrintDocument([
            .text("上海咖啡馆 收据", TextStyle(alignment: .center, bold: true)),
            .row(label: "美式咖啡 x2", value: "¥56.00"),
            .row(label: "Latte", value: "¥32.00", bold: true),
            .text("合计 ¥88.00", TextStyle(alignment: .right, size: .double)),
            .cut(.full),
        ])
        let events = try Self.decode(document, paper: .mm80, codepage: .gb18030)
        #expect(events == [
            .initialize,
            .line(Line(text: "上海咖啡馆 收据", alignment: .center, bold: true)),
            .line(Line(text: "美式咖啡 x2" + String(repeating: " ", count: 48 - 11 - 7) + "￥56.00")),
            .line(Line(text: "Latte" + String(repeating: " ", count: 48 - 5 - 7) + "￥32.00", bold: true)),
            .line(Line(text: "合计 ￥88.00", alignment: .right, size: .double)),
            .cut(.full),
        ])
    }

    /// Every row fills the paper's columns exactly, a double-byte character counting two.
    @Test(arguments: PaperWidth.allCases, [PrinterCodepage.shiftJIS, .gb18030])
    func rowsFillTheColumns(_ paper: PaperWidth, codepage: PrinterCodepage) throws {
        let document = PrintDocument([
            .row(label: "Coffee", value: "480"),
            .row(label: "東京", value: "1,234,567"),
            .row(label: String(repeating: "Long item name ", count: 4), value: "99.00"),
        ])
        let lines = ESCPOSDecoder.lines(try Self.decode(document, paper: paper, codepage: codepage))
        #expect(lines.count >= 4)
        for line in lines {
            let columns = line.text.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
            #expect(columns <= paper.columns, "\(line)")
        }
        #expect(lines[0].text == "Coffee" + String(repeating: " ", count: paper.columns - 9) + "480")
        #expect(lines[1].text == "東京" + String(repeating: " ", count: paper.columns - 13) + "1,234,567")
        #expect(lines.last!.text.hasSuffix(" 99.00"))
        #expect(lines.last!.text.count == paper.columns)
    }

    @Test func longTextWrapsAtSpacesAndDoubleSizeHalvesTheColumns() throws {
        let document = PrintDocument([
            .text("Thank you for your visit, see you again soon!"),
            .text("TOTAL 12,345.00", TextStyle(size: .double)),
        ])
        let lines = ESCPOSDecoder.lines(try Self.decode(document, paper: .mm58, codepage: .raster))
        #expect(lines.map(\.text) == ["Thank you for your visit, see", "you again soon!", "TOTAL 12,345.00"])
        #expect(lines[2].size == .double)
        let wide = ESCPOSDecoder.lines(try Self.decode(
            PrintDocument([.text("TOTAL 1,234,567.00", TextStyle(size: .double))]), paper: .mm58, codepage: .raster))
        #expect(wide.map(\.text) == ["TOTAL", "1,234,567.00"])
    }

    /// Without a Kanji font, what the printer cannot print prints as `?`, one column each.
    @Test func rasterCodepagePrintsQuestionMarks() throws {
        let bytes = try ESCPOSEncoder(paper: .mm58, codepage: .raster)
            .encode(PrintDocument([.text("珈琲 Coffee"), .row(label: "茶", value: "¥300")]))
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let lines = ESCPOSDecoder.lines(try ESCPOSDecoder.decode(bytes, codepage: .raster))
        #expect(lines.map(\.text) == ["?? Coffee", "?" + String(repeating: " ", count: 27) + "?300"])
    }

    /// Characters Shift_JIS lacks (simplified Chinese here) print as `?`; control characters too.
    @Test func charactersOutsideTheCodepageBecomeQuestionMarks() throws {
        let lines = ESCPOSDecoder.lines(try Self.decode(
            PrintDocument([.text("东京\tcafé")]), paper: .mm80, codepage: .shiftJIS))
        #expect(lines.map(\.text) == ["?京?caf?"])
    }

    /// Each text line sets its style and sets it back: a style never leaks into the next line.
    @Test func stylesDoNotLeak() throws {
        let document = PrintDocument([
            .text("BIG", TextStyle(alignment: .center, bold: true, size: .double)),
            .text("small"),
        ])
        let lines = ESCPOSDecoder.lines(try Self.decode(document, paper: .mm80, codepage: .raster))
        #expect(lines == [Line(text: "BIG", alignment: .center, bold: true, size: .double), Line(text: "small")])
    }

    /// A double-byte character never straddles the paper's edge: one that does not fit in the last
    /// column starts the next line. An empty text is a blank line; a divider spans the paper.
    @Test func wideCharactersWrapWhole() throws {
        let text = String(repeating: "a", count: 31) + "東京"
        let document = PrintDocument([.text(text), .text(""), .divider()])
        let lines = ESCPOSDecoder.lines(try Self.decode(document, paper: .mm58, codepage: .shiftJIS))
        #expect(lines.map(\.text) == [String(repeating: "a", count: 31), "東京", "", String(repeating: "-", count: 32)])
        let eighty = ESCPOSDecoder.lines(try Self.decode(PrintDocument([.divider("=")]), paper: .mm80, codepage: .gb18030))
        #expect(eighty.map(\.text) == [String(repeating: "=", count: 48)])
    }

    @Test func codepageAndPaperSettings() {
        #expect(PrinterCodepage(configValue: "Shift_JIS") == .shiftJIS)
        #expect(PrinterCodepage(configValue: "gb18030") == .gb18030)
        #expect(PrinterCodepage(configValue: "raster") == .raster)
        #expect(PrinterCodepage(configValue: "latin1") == nil)
        #expect(PaperWidth(millimetres: 58)?.columns == 32)
        #expect(PaperWidth(millimetres: 80)?.dots == 576)
        #expect(PaperWidth(millimetres: 76) == nil)
    }
}
