/// The last `limit` gateway requests, oldest first, in a ring: the log of a long-running server stays
/// bounded, and says how many older records it forgot.
struct RequestLog {
    /// How many records a log keeps unless told otherwise.
    static let defaultLimit = 10_000

    let limit: Int
    private var storage: [SandboxRequestRecord] = []
    /// Where the oldest record sits once the ring is full.
    private var head = 0
    private(set) var nextSequence = 1
    /// Records forgotten to keep the log within `limit`.
    private(set) var dropped = 0

    init(limit: Int = RequestLog.defaultLimit) {
        self.limit = max(1, limit)
    }

    /// Adds a record, numbering it; the oldest goes when the log is full.
    mutating func append(_ make: (Int) -> SandboxRequestRecord) {
        let record = make(nextSequence)
        nextSequence += 1
        if storage.count < limit {
            storage.append(record)
        } else {
            storage[head] = record
            head = (head + 1) % limit
            dropped += 1
        }
    }

    /// Every record kept, oldest first.
    var records: [SandboxRequestRecord] {
        Array(storage[head...] + storage[..<head])
    }
}
