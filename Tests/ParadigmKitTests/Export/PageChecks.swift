import Foundation
import Testing

@testable import ParadigmKit

/// What a reader would notice on a printed page, read from `pdftotext -layout` text.
enum PageChecks {
    /// Text with every run of white space made one space, for comparing across line breaks.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A cell's text as printed: without Markdown's marks.
    static func printed(_ cell: String) -> String {
        words(String(cell.filter { !"*`\\".contains($0) }))
    }

    /// Every cell of the table under `heading` stands whole on one printed line.
    static func scoresOnOneLine(_ document: MarkdownBlocks, heading: String, _ text: String, _ name: String) {
        guard let table = table(after: heading, in: document) else {
            Issue.record("\(name): no table under \(heading)")
            return
        }
        let lines = text.split(separator: "\n").map { words(String($0)) }
        for cell in table.flatMap({ $0 }).map(printed) where !cell.isEmpty {
            #expect(lines.contains { $0.contains(cell) }, "\(name): the scores cell '\(cell)' is not on one line")
        }
    }

    /// No word of the brief is broken across two lines, with or without a hyphen: the last
    /// word of a line and the first of the next are never two pieces of one word.
    static func noWordSplit(_ markdown: String, _ text: String, _ name: String) {
        let vocabulary = Set(markdown.lowercased().split { !$0.isLetter }.map(String.init))
        let lines = text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace) }.filter { !$0.isEmpty }
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let end = line.last, let start = next.first else { continue }
            let head = end.lowercased().trimmingCharacters(
                in: .letters.inverted.subtracting(CharacterSet(charactersIn: "-")))
            let tail = start.lowercased().trimmingCharacters(in: .letters.inverted)
            let piece = head.hasSuffix("-") ? String(head.dropLast()) : head
            // A broken word goes on in lower case, and the piece before the break is no word itself
            // (or what follows is none): "Nandakuma" / "r", "Assimilat" / "ed".
            guard piece.count > 1, !tail.isEmpty, piece.allSatisfy(\.isLetter), tail.allSatisfy(\.isLetter),
                start.first?.isLowercase == true,
                !vocabulary.contains(piece) || !vocabulary.contains(tail)
            else { continue }
            #expect(!vocabulary.contains(piece + tail), "\(name): '\(piece + tail)' is split as '\(end)' / '\(start)'")
        }
    }

    /// No table runs off the page: the first word of every row's last cell is printed.
    static func lastColumnsPresent(_ document: MarkdownBlocks, _ text: String, _ name: String) {
        let printedText = words(text.replacingOccurrences(of: "-\n", with: ""))
        for case .table(_, _, _, let rows) in document.blocks {
            for row in rows {
                guard let last = row.last.map(printed), let word = last.split(separator: " ").first, word.count > 1
                else { continue }
                #expect(printedText.contains(word), "\(name): the last column's '\(last)' is not on the page")
            }
        }
    }

    private static func table(after heading: String, in document: MarkdownBlocks) -> [[String]]? {
        guard let start = document.blocks.firstIndex(of: .heading(level: 2, text: heading)) else { return nil }
        for block in document.blocks[start...] {
            if case .table(_, _, _, let rows) = block { return rows }
        }
        return nil
    }
}
