import Foundation

/// Writes the inputs of the bad-input corpus that are too large or too special to commit: they
/// are made in the case's temporary folder at test time.
enum BadInputGenerator: String, Sendable {
    /// A 100 MiB answers file (over the 16 MiB input limit).
    case largeFile = "large-file"
    /// A 130 MiB survey export (over the 128 MiB import limit).
    case hugeFile = "huge-file"
    /// 10,000 levels of nested lists.
    case deepNesting = "deep-nesting"
    /// 10,000 levels of nested lists inside an answer.
    case deepNestingAnswers = "deep-nesting-answers"
    /// An answers file with a 1 MiB answer on one line.
    case longLine = "long-line"
    /// A survey export with a 1 MiB cell.
    case longLineCSV = "long-line-csv"
    /// A folder where a file is expected.
    case folder
    /// A file its owner may not read (mode 000); root reads it anyway.
    case unreadable
    /// An output file that already exists, which must survive unchanged.
    case existingOutput = "existing-output"
    /// A valid survey export, and an import folder that already holds a file.
    case validCSVExistingTeam = "valid-csv-existing-team"

    /// Writes the input `name` into `folder` (whose `out/` already exists).
    func write(_ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        switch self {
        case .largeFile:
            try repeated("# padding line of a generated 100 MB file\n", bytes: 100 * 1024 * 1024, to: url)
        case .hugeFile:
            try repeated("name,role\r\n", bytes: 130 * 1024 * 1024, to: url)
        case .deepNesting:
            try write(String(repeating: "- ", count: 10_000) + "x\n", to: url)
        case .deepNestingAnswers:
            try write(
                "questionnaire: paradigm-advisor\nanswers:\n  discovery_channels:\n    "
                    + String(repeating: "- ", count: 10_000) + "events\n", to: url)
        case .longLine:
            try write(
                "questionnaire: paradigm-advisor\nanswers:\n  company_size: " + String(repeating: "a", count: 1 << 20)
                    + "\n", to: url)
        case .longLineCSV:
            try write("name,role,company_size\r\nAda,ceo," + String(repeating: "a", count: 1 << 20) + "\r\n", to: url)
        case .folder:
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        case .unreadable:
            try write("questionnaire: paradigm-advisor\nanswers:\n  company_size: 200_to_999\n", to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        case .existingOutput:
            try write("keep me\n", to: folder.appendingPathComponent("out/existing.md"))
        case .validCSVExistingTeam:
            try FileManager.default.copyItem(at: Paths.examples.appendingPathComponent("import/responses.csv"), to: url)
            let team = folder.appendingPathComponent("out/team")
            try FileManager.default.createDirectory(at: team, withIntermediateDirectories: false)
            try write("keep me\n", to: team.appendingPathComponent("kept.yaml"))
        }
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// `line` repeated until the file holds at least `bytes`, written a few MiB at a time.
    private func repeated(_ line: String, bytes: Int, to url: URL) throws {
        let chunk = Data(String(repeating: line, count: max(1, (4 << 20) / line.utf8.count)).utf8)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        while written < bytes {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
    }
}
