import Foundation
import Testing

@testable import ParadigmKit

/// `SourceLines` finds the first refused character of a line eight bytes at a time where it can:
/// wherever the character stands, within a word or across two, it is found at its column.
@Suite struct SourceLinesTests {
    /// Refused characters as bytes, with the column they take (one each).
    static let refused: [[UInt8]] = [
        [0x00], [0x01], [0x08], [0x0B], [0x1F], [0x7F], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xEF, 0xBB, 0xBF],
    ]

    @Test("a refused character is found at its column, wherever it stands", arguments: refused)
    func refusedAtEveryOffset(_ character: [UInt8]) throws {
        for offset in 0..<20 {
            for prefix in [
                Array(repeating: UInt8(ascii: "a"), count: offset),
                Array("é".utf8) + Array(repeating: UInt8(ascii: "a"), count: offset),
            ] {
                let bytes = Array("k: ".utf8) + prefix + character + Array("bbbbbbbbbbbb\nnext: x\n".utf8)
                let source = SourceFile(name: "t.yaml", text: String(decoding: bytes, as: UTF8.self))
                let problems = SourceLines(source).problems
                let columns = 3 + String(decoding: prefix, as: UTF8.self).unicodeScalars.count
                try #require(problems.count == 1, "\(bytes)")
                #expect(problems[0].line == 0)
                #expect(problems[0].column == columns, "\(bytes)")
            }
        }
    }

    @Test("tabs, spaces, `~` and long plain lines hold no refused character")
    func acceptedBytes() {
        for offset in 0..<20 {
            let line = String(repeating: "a", count: offset) + "\t ~ }" + String(repeating: "z", count: 20 - offset)
            #expect(
                SourceLines(SourceFile(name: "t.yaml", text: "k: \(line)\n")).problems.isEmpty,
                "\(line.debugDescription)")
        }
    }
}
