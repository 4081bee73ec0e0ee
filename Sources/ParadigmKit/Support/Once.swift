import Synchronization

/// A value made on first use and kept, safe to share between threads: the first caller makes
/// it, later callers (on any thread) get the same one.
final class Once<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    init() {}

    /// The value, made by `make` if this is the first call.
    func get(_ make: () -> Value) -> Value {
        value.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
