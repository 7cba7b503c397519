import Foundation

/// Reads a file the cashier names, but never more than a limit: a configuration, theme or style
/// file is small, and `/dev/zero`, a pipe or a disk image given by mistake must be refused with a
/// message, not read until the memory runs out.
public enum BoundedFile {
    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Equatable {
        case missing
        case directory
        case unreadable
        /// It holds more than the limit (the number is the limit, in bytes).
        case tooLarge(limit: Int)
    }

    /// At most `limit` bytes of the file at `path`; `tooLarge` when there are more.
    public static func read(_ path: String, limit: Int) throws(Failure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing }
        guard !isDirectory.boolValue else { throw .directory }
        guard FileManager.default.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable
        }
        defer { try? handle.close() }
        // One byte past the limit tells "exactly the limit" from "more", whatever the file claims
        // its size is (a pipe or a device has none).
        guard let data = try? handle.read(upToCount: limit + 1) else { return Data() }
        guard data.count <= limit else { throw .tooLarge(limit: limit) }
        return data
    }

    /// `1 MiB`, `64 KiB` or a plain count of bytes, for messages.
    public static func sizeText(_ bytes: Int) -> String {
        TOMLLimits.bytesText(bytes)
    }
}
