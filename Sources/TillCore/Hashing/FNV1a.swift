/// FNV-1a, 64 bits: a short, stable number for a name (an advisory lock's key, a test database's
/// name). Not for anything an adversary chooses to collide.
public enum FNV1a {
    public static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
