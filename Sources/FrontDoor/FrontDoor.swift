#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the `till` binary does with its command line: `till qr` it answers itself; everything else
/// it hands to `till-main`, the rest of Till, which it finds beside itself.
///
/// Why two binaries: the whole of Till is a 150 MB image (SwiftNIO, two BoringSSLs, SQLite,
/// Foundation, the counter) that takes ten times longer to start than a QR takes to draw. `till qr`
/// is a filter for shell pipelines, so it lives in this small binary; `exec` keeps the process id,
/// the environment and the open files, so for every other command the hand-over is invisible.
public enum FrontDoor {
    /// Where a command line goes.
    public enum Route: Equatable, Sendable {
        /// `till qr …`, with the arguments after `qr`.
        case qr([String])
        /// Anything else: `till-main` with the same arguments.
        case main
    }

    /// The name of the binary with the rest of Till, in the same folder as `till`.
    public static let mainBinaryName = "till-main"

    /// Routes a whole command line (`arguments[0]` is the program).
    public static func route(_ arguments: [String]) -> Route {
        let rest = Array(arguments.dropFirst())
        switch rest.first {
        case "qr": return .qr(Array(rest.dropFirst()))
        case "help" where rest.dropFirst().first == "qr": return .qr(["--help"])
        default: return .main
        }
    }

    /// Replaces this process with `till-main` and the same arguments; returns only when that fails,
    /// with the exit status after saying why.
    public static func handOver(_ arguments: [String]) -> Int32 {
        guard let folder = folderOfThisBinary(invokedAs: arguments.first ?? "till") else {
            QRTool.write(
                "till: cannot tell which folder this till is in, so cannot find \(mainBinaryName) beside it: "
                    + "run it by its full path.\n", to: STDERR_FILENO)
            return 2
        }
        let path = folder + mainBinaryName
        var cArguments = arguments.map { strdup($0) }
        cArguments.append(nil)
        execv(path, cArguments)
        let reason = String(cString: strerror(errno))
        QRTool.write(
            "till: cannot start \(path) (\(reason)): it is built beside till; build both with "
                + "`swift build -c release --static-swift-stdlib` (scripts/run does).\n", to: STDERR_FILENO)
        return 2
    }

    /// The folder of the running executable with its symbolic links resolved, so a link to `till`
    /// from a `bin` folder still finds `till-main` beside the real file; ends with `/`. From
    /// `/proc/self/exe` on Linux; elsewhere from `argv[0]`, searched on `PATH` when it is a bare name.
    /// Nil rather than a guess: the current folder is never taken for Till's.
    static func folderOfThisBinary(invokedAs name: String) -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if count > 0 {
                return folder(of: String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
        #endif
        if name.contains("/") { return realPath(name).flatMap(folder(of:)) }
        let searchPath = getenv("PATH").map { String(cString: $0) } ?? ""
        for entry in searchPath.split(separator: ":") where !entry.isEmpty {
            let candidate = "\(entry)/\(name)"
            if access(candidate, X_OK) == 0 { return realPath(candidate).flatMap(folder(of:)) }
        }
        return nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func folder(of path: String) -> String? {
        guard path.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[...slash])
    }
}
