import Foundation
import Testing

@testable import ParadigmKit

/// Docs that cannot drift: every output quoted in README.md, docs/*.md and Examples/*/README.md
/// is marked with the command that prints it,
///
///     <!-- output of: paradigm ARGS[; FILE from SOURCE][; input: Enter | REPLY | …] -->
///
/// right before a fenced block, and this test runs the command (in a fresh folder where
/// `Examples` is the repository's, FILE a copy of SOURCE, with the given input) and checks that
/// the block's lines appear in what it prints (standard output then standard error), in order
/// and each whole, with any lines between them.
@Suite struct DocsOutputTests {
    struct Quote: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let arguments: [String]
        let copies: [(name: String, source: String)]
        let input: String
        /// The replies an interview reads, one a line.
        let replies: [String]
        let lines: [String]
        var testDescription: String { "\(file):\(line) paradigm \(arguments.joined(separator: " "))" }
    }

    static let marker = "<!-- output of: "

    /// The marked quotes of the documentation files.
    static func quotes() throws -> [Quote] {
        var files = ["README.md"]
        let manager = FileManager.default
        files += try manager.contentsOfDirectory(atPath: Paths.package.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
        for folder in try manager.contentsOfDirectory(atPath: Paths.examples.path).sorted()
        where manager.fileExists(atPath: Paths.examples.appendingPathComponent("\(folder)/README.md").path) {
            files.append("Examples/\(folder)/README.md")
        }
        var quotes: [Quote] = []
        for file in files {
            let lines = try Load.text(Paths.package.appendingPathComponent(file)).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingWhitespace()
                guard trimmed.hasPrefix(marker), trimmed.hasSuffix(" -->") else { continue }
                let spec = trimmed.dropFirst(marker.count).dropLast(4).components(separatedBy: "; ")
                let words = spec[0].split(separator: " ").map(String.init)
                guard words.first == "paradigm" else { throw Failure("\(file):\(index + 1): not a paradigm command") }
                var copies: [(String, String)] = []
                var input = ""
                var replies: [String] = []
                for part in spec.dropFirst() {
                    if part == "input: Enter" {
                        input = "\n"
                    } else if part.hasPrefix("input: ") {
                        // Replies typed one a line, separated by " | ".
                        replies = part.dropFirst(7).components(separatedBy: " | ")
                    } else if let range = part.range(of: " from ") {
                        copies.append((String(part[..<range.lowerBound]), String(part[range.upperBound...])))
                    } else {
                        throw Failure("\(file):\(index + 1): unknown part '\(part)'")
                    }
                }
                guard index + 1 < lines.count, lines[index + 1].trimmingWhitespace().hasPrefix("```") else {
                    throw Failure("\(file):\(index + 1): the marker is not right before a fenced block")
                }
                let block = lines[(index + 2)...].prefix { !$0.trimmingWhitespace().hasPrefix("```") }
                let indent = lines[index + 1].prefix { $0 == " " }.count
                quotes.append(
                    Quote(
                        file: file, line: index + 1, arguments: Array(words.dropFirst()), copies: copies, input: input,
                        replies: replies,
                        lines: block.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }))
            }
        }
        return quotes
    }

    @Test func everyFileWithQuotedOutputHasItMarked() throws {
        let files = Set(try Self.quotes().map(\.file))
        for file in ["README.md", "docs/interview.md", "Examples/team/README.md", "Examples/compare/README.md"] {
            #expect(files.contains(file), "\(file) has no marked output")
        }
    }

    @Test(arguments: try quotes())
    func theQuotedOutputIsWhatTheCommandPrints(_ quote: Quote) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Examples"), withDestinationURL: Paths.examples)
        for copy in quote.copies {
            try FileManager.default.copyItem(
                at: Paths.package.appendingPathComponent(copy.source), to: folder.appendingPathComponent(copy.name))
        }
        let result = runCLI(quote.arguments, in: folder.path, input: quote.input, lines: quote.replies)
        #expect(result.code == 0, "\(result.err)")
        let printed = (result.out + result.err).components(separatedBy: "\n").map { $0.trimmingWhitespace() }
        var next = printed.startIndex
        for line in quote.lines.map({ $0.trimmingWhitespace() }) where !line.isEmpty {
            guard let found = printed[next...].firstIndex(of: line) else {
                Issue.record("\(quote.file): the quoted line is not printed (in this order): \(line)")
                return
            }
            next = found + 1
        }
    }
}
