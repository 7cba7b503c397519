import Foundation
import Testing
import TillSystem

/// `flock` locks as Till uses them between processes; two open file descriptions in one process
/// conflict exactly as two processes do.
@Suite("File locks")
struct FileLockTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-lock-\(UUID().uuidString).lock").path

    @Test func aHeldLockCannotBeTakenAgainUntilReleased() throws {
        let first = try #require(try FileLock.attempt(path))
        #expect(try FileLock.attempt(path) == nil)
        #expect(FileLock.isHeld(path))
        first.release()
        #expect(!FileLock.isHeld(path))
        let second = try #require(try FileLock.attempt(path))
        second.release()
    }

    @Test func releasingWithTheFileRemovesItAndReleasingTwiceDoesNothing() throws {
        let lock = try #require(try FileLock.attempt(path))
        #expect(FileManager.default.fileExists(atPath: path))
        lock.release(removingFile: true)
        lock.release(removingFile: true)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileLock.isHeld(path))
    }

    @Test func aWaiterGetsTheLockOnceTheHolderLetsGoEvenIfTheFileWent() async throws {
        let holder = try #require(try FileLock.attempt(path))
        let waiting = Task.detached { () throws -> Bool in
            let lock = try FileLock.wait(path)
            defer { lock.release() }
            // It locked the file that is at the path now, not the one deleted under it.
            return FileManager.default.fileExists(atPath: path)
        }
        // Whether the waiter opened the old file or the new one, it must end up holding the one at the path.
        await Task.yield()
        holder.release(removingFile: true)
        #expect(try await waiting.value)
    }

    @Test func aLockInAFolderThatCannotBeWrittenIsAnErrorNotAHolder() {
        #expect(throws: FileLockError.self) { try FileLock.attempt("/proc/till-cannot-be-here.lock") }
    }

    @Test func aDroppedLockIsReleased() throws {
        do { _ = try #require(try FileLock.attempt(path)) }
        #expect(!FileLock.isHeld(path))
    }
}
