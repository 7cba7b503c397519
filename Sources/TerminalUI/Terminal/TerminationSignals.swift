#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Catches SIGINT, SIGTERM and SIGHUP so the UI loop can restore the terminal before it stops,
/// instead of dying with the terminal in raw mode. SIGINT (Ctrl-C) is kept apart: it is a key the
/// cashier pressed, which the loop hands to the screens (refused while a payment is open), not an
/// order to stop.
public enum TerminationSignals {
    private static let received = Atomic<Int32>(0)
    private static let interrupted = Atomic<Bool>(false)

    /// Installs the handlers. Must run before ncurses starts, so ncurses leaves them alone.
    public static func install() {
        for number in [SIGTERM, SIGHUP] {
            signal(number) { caught in
                // Only an atomic store: the one thing a signal handler may safely do here.
                TerminationSignals.received.store(caught, ordering: .relaxed)
            }
        }
        signal(SIGINT) { _ in TerminationSignals.interrupted.store(true, ordering: .relaxed) }
    }

    /// The stopping signal (SIGTERM, SIGHUP) that arrived since the handlers were installed, if any.
    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// True once for each time SIGINT arrived since the last call (several Ctrl-C in one turn of
    /// the loop count once).
    public static func takeInterrupt() -> Bool {
        interrupted.exchange(false, ordering: .relaxed)
    }
}
