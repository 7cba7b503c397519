import Synchronization

/// Events posted from other threads (effect tasks, payment flows) for the UI loop, which drains
/// them on its own thread each time round: only the loop touches the model and ncurses.
public final class EventInbox: Sendable {
    private let events = Mutex<[AppEvent]>([])

    public init() {}

    /// Queues an event for the loop; safe from any thread or task.
    public func post(_ event: AppEvent) {
        events.withLock { $0.append(event) }
    }

    /// Takes every queued event, oldest first.
    public func drain() -> [AppEvent] {
        events.withLock { queued in
            defer { queued = [] }
            return queued
        }
    }
}
