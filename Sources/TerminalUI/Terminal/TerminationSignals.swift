#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Catches SIGINT, SIGTERM and SIGHUP so the UI loop can restore the terminal before it stops,
/// instead of dying with the terminal in raw mode.
public enum TerminationSignals {
    private static let received = Atomic<Int32>(0)

    /// Installs the handlers. Must run before ncurses starts, so ncurses leaves them alone.
    public static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { caught in
                // Only an atomic store: the one thing a signal handler may safely do here.
                TerminationSignals.received.store(caught, ordering: .relaxed)
            }
        }
    }

    /// The signal that arrived since the handlers were installed, if any.
    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
