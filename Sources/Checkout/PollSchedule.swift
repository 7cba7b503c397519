/// The 3 s / 45 s schedule shared by payment and refund polls. Ticks are counted from the window's
/// start, so the n-th tick falls at exactly n × interval whatever each tick costs, and a 45 s window
/// holds exactly 15 ticks.
enum PollSchedule {
    /// Calls `tick` with the time left in the window, once per interval, until it returns true
    /// (finished), the window ends, or the task is cancelled. Returns whether `tick` finished.
    static func run<C: Clock>(
        clock: C, timing: PollTiming, tick: (_ remaining: Duration) async -> Bool
    ) async -> Bool where C.Duration == Duration {
        let start = clock.now
        var elapsed = timing.interval
        while elapsed <= timing.window {
            do { try await clock.sleep(until: start.advanced(by: elapsed), tolerance: nil) } catch { return false }
            if Task.isCancelled { return false }
            if await tick(timing.window - elapsed) { return true }
            elapsed += timing.interval
        }
        return false
    }
}
