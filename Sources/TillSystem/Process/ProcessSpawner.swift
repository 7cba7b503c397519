#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts a program with `posix_spawn`, its standard streams opened on files, with every signal
/// unblocked and back to its default: the starter (a test runner, the UI) may block or ignore some,
/// and the child must get SIGTERM, SIGWINCH and friends as a program normally does. Used where
/// Foundation's `Process` would not do: it hung waiting for a tmux client on this project's machines,
/// and a pseudo-terminal's slave must become the child's terminal.
public enum ProcessSpawner {
    /// A file opened for one of the child's descriptors (0, 1, 2).
    public struct OpenFile: Sendable {
        public let descriptor: Int32
        public let path: String
        public let flags: Int32

        public init(descriptor: Int32, path: String, flags: Int32) {
            self.descriptor = descriptor
            self.path = path
            self.flags = flags
        }
    }

    /// Standard input from /dev/null, standard output and error written (afresh) to these files.
    public static func capturing(output: String, error: String) -> [OpenFile] {
        [
            OpenFile(descriptor: 0, path: "/dev/null", flags: O_RDONLY),
            OpenFile(descriptor: 1, path: output, flags: O_WRONLY | O_CREAT | O_TRUNC),
            OpenFile(descriptor: 2, path: error, flags: O_WRONLY | O_CREAT | O_TRUNC),
        ]
    }

    /// Why a program could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        public let program: String
        public let code: Int32
        public var description: String { "cannot start \(program) (error \(code))" }
    }

    /// Starts `program` with `arguments` and exactly `environment`; `searchPATH` looks the program up
    /// on PATH as a shell would. Files are created with mode 0600. Returns the child's process id.
    public static func spawn(
        _ program: String, arguments: [String], environment: [String: String], files: [OpenFile],
        searchPATH: Bool = false
    ) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for file in files {
            posix_spawn_file_actions_addopen(&actions, file.descriptor, file.path, file.flags, 0o600)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result =
            searchPATH
            ? posix_spawnp(&pid, program, &actions, &attributes, &cArguments, &cEnvironment)
            : posix_spawn(&pid, program, &actions, &attributes, &cArguments, &cEnvironment)
        guard result == 0 else { throw SpawnError(program: program, code: result) }
        return pid
    }
}
