import Foundation
import Testing

/// Golden files for every output format, in Snapshots/: one way to compare, record and show
/// a difference. A golden file changes only on purpose: `PARADIGM_RECORD=1 swift test --filter
/// NAME` writes what the code now produces, to be read in `git diff` and committed alone. Under
/// CI (`CI` set) recording is refused, so a green run never means "just re-recorded".
enum Snapshot {
    /// Compares `actual` with the golden file at `name` (a path under Snapshots/), or records it.
    static func check(
        _ actual: String, golden name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = Paths.snapshots.appendingPathComponent(name)
        if environment["PARADIGM_RECORD"] == "1" {
            guard environment["CI"] == nil else {
                Issue.record(
                    "PARADIGM_RECORD is refused under CI: record golden files locally", sourceLocation: sourceLocation)
                return
            }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(name): record it with PARADIGM_RECORD=1 swift test --filter …",
                sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record(
                "output differs from Snapshots/\(name) (- golden, + now):\n\(lineDiff(expected, actual))",
                sourceLocation: sourceLocation)
        }
    }

    /// A unified diff of two texts by lines, from their longest common subsequence: each hunk
    /// starts `@@ -line,count +line,count @@` and shows `context` unchanged lines around the
    /// changed ones (`-` only in `expected`, `+` only in `actual`); at most `limit` lines.
    static func lineDiff(_ expected: String, _ actual: String, context: Int = 2, limit: Int = 60) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = LineDiff.edits(old, new)
        var out: [String] = []
        var index = 0
        while index < edits.count, out.count < limit {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            // A hunk: from `context` lines before this change to `context` lines after the last
            // change that is at most 2 × context unchanged lines further on.
            let start = max(0, index - context)
            var end = index
            while end < edits.count {
                if edits[end].kind != .same {
                    end += 1
                    continue
                }
                let run = edits[end...].prefix { $0.kind == .same }.count
                if run > 2 * context || end + run == edits.count {
                    end = min(edits.count, end + context)
                    break
                }
                end += run
            }
            let hunk = edits[start..<end]
            let oldLines = hunk.filter { $0.kind != .inserted }
            let newLines = hunk.filter { $0.kind != .deleted }
            let (oldStart, newStart) = (oldLines.first?.oldLine ?? 0, newLines.first?.newLine ?? 0)
            out.append("@@ -\(oldStart),\(oldLines.count) +\(newStart),\(newLines.count) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: out.append("  " + edit.text)
                case .deleted: out.append("- " + edit.text)
                case .inserted: out.append("+ " + edit.text)
                }
            }
            index = end
        }
        if out.count >= limit { out = Array(out.prefix(limit)) + ["… (more differences)"] }
        return out.joined(separator: "\n")
    }
}

/// The edit script between two lists of lines, by longest common subsequence.
enum LineDiff {
    /// One line of the edit script, with its 1-based line number on each side it belongs to.
    struct Edit: Equatable {
        enum Kind { case same, deleted, inserted }
        let kind: Kind
        let text: String
        let oldLine: Int
        let newLine: Int
    }

    /// The edits that turn `old` into `new`. The common prefix and suffix are matched first, so
    /// the table covers only the lines in between; past `maximumCells` table cells the middle is
    /// shown as deleted then inserted rather than aligned.
    static func edits(_ old: [String], _ new: [String], maximumCells: Int = 16_000_000) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var edits: [Edit] = (0..<prefix).map { Edit(kind: .same, text: old[$0], oldLine: $0 + 1, newLine: $0 + 1) }
        var (i, j) = (0, 0)
        func emit(_ kind: Edit.Kind) {
            switch kind {
            case .same:
                edits.append(Edit(kind: .same, text: a[i], oldLine: prefix + i + 1, newLine: prefix + j + 1))
                (i, j) = (i + 1, j + 1)
            case .deleted:
                edits.append(Edit(kind: .deleted, text: a[i], oldLine: prefix + i + 1, newLine: prefix + j + 1))
                i += 1
            case .inserted:
                edits.append(Edit(kind: .inserted, text: b[j], oldLine: prefix + i + 1, newLine: prefix + j + 1))
                j += 1
            }
        }
        if a.count * b.count <= maximumCells {
            // lengths[x][y]: the longest common subsequence of a[x...] and b[y...].
            let width = b.count + 1
            var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
            for x in stride(from: a.count - 1, through: 0, by: -1) {
                for y in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[x * width + y] =
                        a[x] == b[y]
                        ? lengths[(x + 1) * width + y + 1] + 1
                        : max(lengths[(x + 1) * width + y], lengths[x * width + y + 1])
                }
            }
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    emit(.same)
                } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                    emit(.deleted)
                } else {
                    emit(.inserted)
                }
            }
        }
        while i < a.count { emit(.deleted) }
        while j < b.count { emit(.inserted) }
        let shift = (old.count - suffix, new.count - suffix)
        edits += (0..<suffix).map {
            Edit(kind: .same, text: old[shift.0 + $0], oldLine: shift.0 + $0 + 1, newLine: shift.1 + $0 + 1)
        }
        return edits
    }
}
