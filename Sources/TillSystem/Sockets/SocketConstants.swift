#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The socket constants whose type differs between Glibc and Darwin, for the sandbox's server and
/// the printer's client alike.
public enum SocketConstants {
    #if canImport(Glibc)
        public static let streamType = Int32(SOCK_STREAM.rawValue)
        /// A peer that went away gives EPIPE, not a SIGPIPE that would end the program.
        public static let noSignal = Int32(MSG_NOSIGNAL)
    #else
        public static let streamType = SOCK_STREAM
        public static let noSignal: Int32 = 0
    #endif
}
