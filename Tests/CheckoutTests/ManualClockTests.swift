import Testing
import TillTesting

@Suite("Manual clock", .timeLimit(.minutes(1)))
struct ManualClockTests {
    @Test func sleeperWakesOnlyWhenItsDeadlineComes() async throws {
        let clock = ManualClock()
        let woke = Task { () -> Duration in
            try await clock.sleep(for: .seconds(3))
            return clock.now.offset
        }
        await clock.waitForSleepers(1)
        await clock.advance(by: .seconds(2))
        #expect(clock.sleeperCount == 1)
        await clock.advance(by: .seconds(1))
        #expect(try await woke.value == .seconds(3))
        #expect(clock.sleeperCount == 0)
    }

    @Test func aLoopScheduledFromItsStartPollsExactlyFifteenTimesIn45Seconds() async throws {
        let clock = ManualClock()
        let start = clock.now
        let polls = Task { () -> [Duration] in
            var times: [Duration] = []
            var next = start.advanced(by: .seconds(3))
            while next <= start.advanced(by: .seconds(45)) {
                try await clock.sleep(until: next)
                times.append(clock.now.offset)
                next = next.advanced(by: .seconds(3))
            }
            return times
        }
        for _ in 0..<15 {
            await clock.waitForSleepers(1)
            await clock.advance(by: .seconds(3))
        }
        let times = try await polls.value
        #expect(times == (1...15).map { Duration.seconds(3 * $0) })
    }

    @Test func cancellingASleeperThrowsAndRemovesIt() async {
        let clock = ManualClock()
        let sleeper = Task { try await clock.sleep(for: .seconds(10)) }
        await clock.waitForSleepers(1)
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
    }

    @Test func aDeadlineInThePastDoesNotSleep() async throws {
        let clock = ManualClock()
        await clock.advance(by: .seconds(5))
        try await clock.sleep(until: .init(offset: .seconds(1)))
        #expect(clock.now.offset == .seconds(5))
    }
}
