import Foundation

/// Why the state file could not be read or written.
public struct SandboxStateError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The sandbox's state on disk: one JSON document, replaced atomically on every change.
enum StateFile {
    /// Reads the state; with `resendingUnfinished`, a delivery that was under way is made pending
    /// again (at start; should another process be sending it after all, a webhook sent twice is one
    /// the receiver must take anyway, as every gateway retries).
    static func load(_ url: URL, resendingUnfinished: Bool = true) throws(SandboxStateError) -> SandboxWorld {
        guard FileManager.default.fileExists(atPath: url.path) else { return SandboxWorld() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw unreadable(url, error) }
        return try decode(data, from: url, resendingUnfinished: resendingUnfinished)
    }

    /// The state in `data`, read from `url`.
    static func decode(_ data: Data, from url: URL, resendingUnfinished: Bool) throws(SandboxStateError) -> SandboxWorld {
        do {
            var world = try JSONDecoder().decode(SandboxWorld.self, from: data)
            // A try that was under way when the process stopped never finished: send it again.
            for index in world.deliveries.indices where resendingUnfinished && world.deliveries[index].state == .sending {
                world.deliveries[index].state = .pending
            }
            return world
        } catch {
            throw unreadable(url, error)
        }
    }

    /// Writes the state and returns the bytes written.
    @discardableResult
    static func save(_ world: SandboxWorld, to url: URL) throws(SandboxStateError) -> Data {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(world)
            try data.write(to: url, options: .atomic)
            return data
        } catch {
            throw SandboxStateError(message: "the sandbox state cannot be written to \(url.path) (\(error)): check the folder exists and is writable")
        }
    }

    private static func unreadable(_ url: URL, _ error: any Error) -> SandboxStateError {
        SandboxStateError(message: "the sandbox state file \(url.path) cannot be read (\(error)): move it away to start with an empty sandbox")
    }
}
