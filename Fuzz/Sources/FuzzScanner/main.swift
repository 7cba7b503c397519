import FuzzSupport
import TerminalUI

// A burst of keys with their times: each input byte pair is a key and the gap before it, so the
// fuzzer explores fast and slow typing, Enter in the middle, and codes of every length.
fuzz { data in
    var detector = ScannerDetector(isPaymentCode: { $0.count >= 16 && $0.allSatisfy(\.isNumber) })
    var time: Milliseconds = 0
    var bytes = data.makeIterator()
    while let keyByte = bytes.next() {
        time += Milliseconds(bytes.next() ?? 0)
        let key: Key = switch keyByte {
        case 0x0A, 0x0D: .enter
        case 0x08, 0x7F: .backspace
        case 0x1B: .escape
        case 0x09: .tab
        default: .character(Character(Unicode.Scalar(keyByte)))
        }
        _ = detector.feed(key, at: time)
        if keyByte & 0x80 != 0 { _ = detector.tick(time + 500) }
    }
    _ = detector.tick(time + 10_000)
}
