import Foundation
import Synchronization
import Testing

@testable import ParadigmKit

/// Work spread over cores keeps the items' order, and each worker keeps to its own context.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 5, 127, 128, 256, 1_000, 10_001])
    func resultsKeepTheirOrder(_ count: Int) {
        let items = Array(0..<count)
        #expect(Parallel.map(items, minimumPerCore: 1) { $0 * 3 } == items.map { $0 * 3 })
        let tagged = Parallel.map(items, contexts: ["a", "b", "c"], minimumPerCore: 1) { context, item in
            (context, item)
        }
        #expect(tagged.map(\.1) == items)
    }

    /// A context is never used by two threads at once: readers of a team brief keep state
    /// (``CellMemo``) that only one thread may touch.
    @Test func aContextIsUsedByOneThreadAtATime() {
        final class Context: Sendable {
            let busy = Atomic(false)
            let clashes = Atomic(0)
        }
        let contexts = [Context(), Context()]
        _ = Parallel.map(Array(0..<2_000), contexts: contexts, minimumPerCore: 1) { context, item in
            if context.busy.exchange(true, ordering: .acquiring) { context.clashes.add(1, ordering: .relaxed) }
            var sum = 0
            for step in 0..<20_000 { sum &+= step &* item }
            context.busy.store(false, ordering: .releasing)
            return sum
        }
        #expect(contexts.allSatisfy { $0.clashes.load(ordering: .relaxed) == 0 })
    }
}

/// Batches cross from one thread to another in order, no more than `capacity` waiting.
@Suite struct HandoffTests {
    struct Failure: Error, Equatable { let code: Int }

    @Test func batchesArriveInOrderAndTheFailureAfterThem() {
        let handoff = Handoff<Int, Failure>(capacity: 2)
        let maker = Thread {
            for batch in 0..<500 { handoff.put([batch, batch]) }
            handoff.close(throwing: Failure(code: 7))
        }
        maker.start()
        var received: [Int] = []
        while let batch = handoff.next() { received.append(contentsOf: batch) }
        #expect(received == (0..<500).flatMap { [$0, $0] })
        #expect(handoff.failure == Failure(code: 7))
    }

    @Test func theMakerWaitsWhileCapacityBatchesWait() {
        let handoff = Handoff<Int, Failure>(capacity: 3)
        let made = Atomic(0)
        let maker = Thread {
            for batch in 0..<10 {
                handoff.put([batch])
                made.add(1, ordering: .relaxed)
            }
            handoff.close()
        }
        maker.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(made.load(ordering: .relaxed) == 3)
        var count = 0
        while handoff.next() != nil { count += 1 }
        #expect(count == 10)
        #expect(handoff.failure == nil)
    }

    @Test func aMakerWithNothingClosesAtOnce() {
        let handoff = Handoff<Int, Failure>(capacity: 1)
        handoff.close()
        #expect(handoff.next() == nil)
        #expect(handoff.failure == nil)
    }
}
