import Foundation

/// A bounded queue from one producer thread to one consumer: `put` waits while it is full, `take`
/// waits while it is empty, and either side can end it (the producer with `finish`, the consumer
/// with `cancel`, after which `put` returns false so the producer stops).
final class HandOff<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Value] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds a value, waiting for room; false once the consumer has cancelled.
    func put(_ value: Value) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(value)
        condition.broadcast()
        return true
    }

    /// No more values will come; `error` is rethrown to the consumer.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next value, waiting for one; nil at the end, or the producer's error.
    func take() throws -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        if !items.isEmpty {
            condition.broadcast()
            return items.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// The consumer stops taking; a waiting producer is released.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
