import Foundation

/// Batches handed from one thread that makes them to another that uses them, with at most
/// `capacity` waiting, so that memory stays bounded when the maker is faster. The maker calls
/// ``put(_:)`` and then ``close(throwing:)``; the user calls ``next()`` until it returns `nil`,
/// then reads ``failure``.
final class Handoff<Item: Sendable, Failure: Error & Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    // Guarded by `condition`.
    private var waiting: [[Item]] = []
    private var closed = false
    private var thrown: Failure?

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Hands on a batch, waiting while `capacity` batches wait already.
    func put(_ batch: [Item]) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity { condition.wait() }
        waiting.append(batch)
        condition.broadcast()
    }

    /// Marks the end of the batches, with the maker's error if it failed.
    func close(throwing failure: Failure? = nil) {
        condition.lock()
        defer { condition.unlock() }
        (closed, thrown) = (true, failure)
        condition.broadcast()
    }

    /// The next batch, waiting for it; `nil` once the maker has closed and every batch was taken.
    func next() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The maker's error, once ``next()`` has returned `nil`.
    var failure: Failure? {
        condition.lock()
        defer { condition.unlock() }
        return thrown
    }
}
