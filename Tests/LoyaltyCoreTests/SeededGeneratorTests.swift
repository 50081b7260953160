import XCTest
import LoyaltyCore

final class SeededGeneratorTests: XCTestCase {
    func testItIsSplitMix64() {
        var generator = SeededGenerator(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(generator.next(), 0x6E78_9E6A_A1B9_65F4)
        XCTAssertEqual(generator.next(), 0x06C4_5D18_8009_454F)
    }

    func testTheSameSeedGivesTheSameNumbers() {
        var one = SeededGenerator(seed: 2025), other = SeededGenerator(seed: 2025)
        XCTAssertEqual((0..<20).map { _ in one.below(1000) }, (0..<20).map { _ in other.below(1000) })
    }

    func testBelowStaysUnderItsBoundAndTreatsNoRoomAsZero() {
        var generator = SeededGenerator(seed: 9)
        XCTAssertTrue((0..<1000).allSatisfy { _ in (0..<7).contains(generator.below(7)) })
        XCTAssertEqual(generator.below(0), 0)
        XCTAssertEqual(generator.below(-5), 0)
    }

    func testChanceOf0NeverAnd100Always() {
        var generator = SeededGenerator(seed: 11)
        XCTAssertFalse((0..<1000).contains { _ in generator.chance(0) })
        XCTAssertTrue((0..<1000).allSatisfy { _ in generator.chance(100) })
    }
}
