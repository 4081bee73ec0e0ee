import Foundation
import Synchronization

/// Work spread over the machine's cores for the inputs where it pays: a team brief reads,
/// validates and scores thousands of respondents, each independently of the others.
enum Parallel {
    /// The number of cores work is spread over.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every item, the results in the items' order. Runs on every core
    /// when there are at least `minimumPerCore` items for each; otherwise on the calling thread,
    /// since starting workers costs more than a few items take.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], minimumPerCore: Int = 128, _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        map(items, contexts: Array(repeating: (), count: cores), minimumPerCore: minimumPerCore) { _, item in
            transform(item)
        }
    }

    /// `transform` applied to every item with one of `contexts` (one worker per context, at
    /// most one per core), the results in the items' order. Give each worker its own copy of
    /// the data it reads most: two cores updating the reference counts of the same objects
    /// slow each other down more than the second core helps. A context is only ever used by
    /// its own worker, so it may hold state that worker keeps (a survey reader's ``CellMemo``).
    static func map<Context: Sendable, Item: Sendable, Output: Sendable>(
        _ items: [Item], contexts: [Context], minimumPerCore: Int = 128,
        _ transform: @Sendable (Context, Item) -> Output
    ) -> [Output] {
        guard !items.isEmpty else { return [] }
        precondition(!contexts.isEmpty, "Parallel.map needs a context for at least one worker")
        let workers = min(contexts.count, cores, items.count / max(1, minimumPerCore))
        guard workers > 1 else { return items.map { transform(contexts[0], $0) } }
        let slots = Slots<Output>(count: items.count)
        // Workers take chunks as they come free rather than fixed shares: another thread (the
        // CSV cutter, or anything else on the machine) may slow one of them, and a fixed share
        // would leave the other idle at the end. A chunk is contiguous, so that workers rarely
        // write next to each other.
        let chunk = max(1, min(minimumPerCore, items.count / (workers * 8)))
        let chunks = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while true {
                let start = chunks.next() * chunk
                guard start < items.count else { return }
                for index in start..<min(start + chunk, items.count) {
                    slots.put(transform(contexts[worker], items[index]), at: index)
                }
            }
        }
        return slots.take()
    }
}

/// The next chunk to take, shared by the workers of one ``Parallel/map(_:contexts:minimumPerCore:_:)``.
private final class Counter: Sendable {
    private let value = Mutex(0)

    /// The next number, from 0, each handed out once.
    func next() -> Int {
        value.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}

/// Result slots that several workers fill, each its own indices. `concurrentPerform` returns
/// only after every worker has finished, which orders every `put` before `take`.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func put(_ value: Value, at index: Int) { buffer[index] = value }

    /// The values, once every slot is filled.
    func take() -> [Value] {
        let values = buffer.compactMap { $0 }
        precondition(values.count == buffer.count, "a worker left a slot empty")
        return values
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
