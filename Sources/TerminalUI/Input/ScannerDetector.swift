/// Time in milliseconds on a monotonic clock, injected so tests choose it.
public typealias Milliseconds = Int64

/// Tells a barcode scanner's bursts from a person's typing.
///
/// A scanner is a keyboard that types a whole payment code in a burst: digits whose gaps are all
/// under `gapThreshold`, then Enter. A person types slower. Digits are held only while they keep
/// arriving faster than the threshold; as soon as a gap exceeds it, held digits are released as
/// typing (a person's single digit appears within one threshold plus one tick). A burst of at least
/// `burstLength` digits is taken as a scanner's and never released as typing: it becomes a scan
/// when Enter follows within `enterWait`, and is dropped otherwise. Pure: fed keys with their
/// timestamps and ticks, it returns what happened.
public struct ScannerDetector: Hashable, Sendable {
    /// What the detector decided about the keys it was fed.
    public enum Output: Hashable, Sendable {
        /// Keys a person typed, for the focused field, in order.
        case typed([Key])
        /// A payment code read by the scanner.
        case scanned(String)
        /// A scanner burst that was not a usable scan, and why.
        case discarded(Discard)
    }

    /// Why a scanner burst was dropped.
    public enum Discard: Hashable, Sendable {
        /// The burst stopped without Enter.
        case noEnter(digits: Int)
        /// The digits are not a payment code Till knows (wrong length or prefix).
        case notAPaymentCode(digits: Int)
        /// The same code was scanned again within `repeatWindow`.
        case repeated(String)
    }

    /// The longest gap between a scanner's keys.
    public var gapThreshold: Milliseconds
    /// The fewest fast digits that make a burst a scanner's rather than quick typing.
    public var burstLength: Int
    /// How long a scanner burst may wait for its Enter.
    public var enterWait: Milliseconds
    /// How long the same code is ignored after it was scanned.
    public var repeatWindow: Milliseconds
    /// The lengths a payment code may have.
    public var codeLengths: ClosedRange<Int>
    /// Whether held digits form a known payment code.
    public var isPaymentCode: @Sendable (String) -> Bool

    /// How many scans and dropped bursts there have been: for the benchmark's trace.
    public private(set) var scanCount = 0
    public private(set) var discardCount = 0

    private var held: [Character] = []
    private var lastKeyTime: Milliseconds = 0
    private var lastScan: (code: String, time: Milliseconds)?

    public init(
        gapThreshold: Milliseconds = 50, burstLength: Int = 6, enterWait: Milliseconds = 300,
        repeatWindow: Milliseconds = 2000, codeLengths: ClosedRange<Int> = 16...24,
        isPaymentCode: @escaping @Sendable (String) -> Bool
    ) {
        self.gapThreshold = gapThreshold
        self.burstLength = max(2, burstLength)
        self.enterWait = enterWait
        self.repeatWindow = repeatWindow
        self.codeLengths = codeLengths
        self.isPaymentCode = isPaymentCode
    }

    /// True while digits are held back, waiting to learn whether they are a scan.
    public var isHolding: Bool { !held.isEmpty }

    /// The held digits while they may still be a person's typing (fewer than `burstLength`):
    /// the screen shows them provisionally so a typed digit appears at once, without putting
    /// them in a field before the detector releases them.
    public var provisionalDigits: [Character] { isScannerBurst ? [] : held }

    /// When `tick` next has something to decide (a release of typing, or a burst's Enter wait
    /// running out); nil while nothing is held. The loop sleeps until then.
    public var nextDeadline: Milliseconds? {
        guard !held.isEmpty else { return nil }
        return lastKeyTime + (isScannerBurst ? enterWait : gapThreshold)
    }

    private var isScannerBurst: Bool { held.count >= burstLength }

    /// Feeds one key read at `time`.
    public mutating func feed(_ key: Key, at time: Milliseconds) -> [Output] {
        var outputs = tick(time)
        if let digit = key.digit {
            if held.isEmpty || time - lastKeyTime < gapThreshold {
                held.append(digit)
                lastKeyTime = time
                return outputs
            }
            outputs += releaseHeld()
            held = [digit]
            lastKeyTime = time
            return outputs
        }
        if key == .enter, !held.isEmpty {
            outputs += finishWithEnter(at: time)
            return outputs
        }
        outputs += releaseHeld()
        outputs.append(.typed([key]))
        return Self.merged(outputs)
    }

    /// Lets time pass: releases typing whose gap has run out, drops a burst that waited too long
    /// for Enter.
    public mutating func tick(_ now: Milliseconds) -> [Output] {
        guard !held.isEmpty else { return [] }
        let gap = now - lastKeyTime
        if isScannerBurst {
            guard gap >= enterWait else { return [] }
            let count = held.count
            held = []
            discardCount += 1
            return [.discarded(.noEnter(digits: count))]
        }
        // A gap of exactly the threshold is not "under" it: no scanner key can come any more.
        guard gap >= gapThreshold else { return [] }
        return releaseHeld()
    }

    private mutating func finishWithEnter(at time: Milliseconds) -> [Output] {
        guard isScannerBurst else {
            if time - lastKeyTime < gapThreshold {
                // Quick typing of a few digits and Enter: all of it is typing.
                let keys = held.map { Key.character($0) } + [.enter]
                held = []
                return [.typed(keys)]
            }
            return Self.merged(releaseHeld() + [.typed([.enter])])
        }
        let code = String(held)
        held = []
        guard codeLengths.contains(code.count), isPaymentCode(code) else {
            discardCount += 1
            return [.discarded(.notAPaymentCode(digits: code.count))]
        }
        if let lastScan, lastScan.code == code, time - lastScan.time < repeatWindow {
            discardCount += 1
            return [.discarded(.repeated(code))]
        }
        lastScan = (code, time)
        scanCount += 1
        return [.scanned(code)]
    }

    /// Releases the digits held while it is still unknown whether they are typing, at once; a
    /// known scanner burst is kept. For when the keys cannot wait for the gap to run out: the window
    /// is about to become too small, and keys that come then are not taken.
    public mutating func releaseTypingNow() -> [Output] {
        isScannerBurst ? [] : releaseHeld()
    }

    /// Releases held digits as typing. A scanner burst is never typing: it is dropped instead.
    private mutating func releaseHeld() -> [Output] {
        guard !held.isEmpty else { return [] }
        defer { held = [] }
        if isScannerBurst {
            discardCount += 1
            return [.discarded(.noEnter(digits: held.count))]
        }
        return [.typed(held.map { Key.character($0) })]
    }

    /// Joins neighbouring `.typed` outputs into one.
    private static func merged(_ outputs: [Output]) -> [Output] {
        var result: [Output] = []
        for output in outputs {
            if case .typed(let keys) = output, case .typed(let previous)? = result.last {
                result[result.count - 1] = .typed(previous + keys)
            } else {
                result.append(output)
            }
        }
        return result
    }

    public static func == (lhs: ScannerDetector, rhs: ScannerDetector) -> Bool {
        lhs.gapThreshold == rhs.gapThreshold && lhs.burstLength == rhs.burstLength
            && lhs.enterWait == rhs.enterWait && lhs.repeatWindow == rhs.repeatWindow
            && lhs.codeLengths == rhs.codeLengths && lhs.held == rhs.held && lhs.lastKeyTime == rhs.lastKeyTime
            && lhs.lastScan?.code == rhs.lastScan?.code && lhs.lastScan?.time == rhs.lastScan?.time
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(held)
        hasher.combine(lastKeyTime)
        hasher.combine(lastScan?.code)
    }
}
