/// Till's version, as `till --version` and `till qr --version` print it.
public enum TillVersion {
    public static let text = "till 0.9.0"
}
