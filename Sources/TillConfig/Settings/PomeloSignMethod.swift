/// How Pomelo Pay signs: md5 (base64) or sha1 (hex), the `signMethod` of the documents.
public enum PomeloSignMethod: String, Sendable, Equatable, CaseIterable {
    case md5
    case sha1
}
