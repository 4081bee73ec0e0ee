/// Every voice once: which of a respondent's answers `--latest` keeps, and
/// the warnings that name the answers counted once or set aside.
extension TeamLoading {
    /// For each respondent who gave different answers, their earlier answers, each with the
    /// latest's location. Latest is the file modified last; the rows of one export are in the
    /// order they were submitted, so a later row is later; on a tie, the one named later.
    func latestOf(_ conflicts: [TeamSubmissions.Conflict]) -> [String: String] {
        var setAside: [String: String] = [:]
        for conflict in conflicts {
            let dated = conflict.sources.enumerated().map { order, source in
                let (path, row) = exportRow(source) ?? (source, 0)
                return (source: source, time: reader.modified(path), row: row, order: order)
            }
            guard let latest = dated.max(by: { ($0.time, $0.row, $0.order) < ($1.time, $1.row, $1.order) }) else {
                continue
            }
            for item in dated where item.source != latest.source { setAside[item.source] = latest.source }
        }
        return setAside
    }

    /// The warnings for answers counted once and answers set aside, each naming both locations.
    static func countedOnce(_ team: TeamAssessment) -> Diagnostics {
        let copies = team.copies.map { copy in
            Diagnostic(
                .warning, "these answers repeat \(copy.original) exactly; they are counted once", file: copy.source)
        }
        let earlier = team.earlierAnswers.map { item in
            Diagnostic(
                .warning, "not counted: the same respondent's latest answers are in \(item.original) (--latest)",
                file: item.source)
        }
        return Diagnostics(copies + earlier)
    }

    /// The export and row of a location such as "responses.csv row 7", or `nil` for a file.
    private func exportRow(_ source: String) -> (path: String, row: Int)? {
        guard let range = source.range(of: " row ", options: .backwards),
            Self.isSurveyExport(String(source[..<range.lowerBound])),
            let row = Int(source[range.upperBound...])
        else { return nil }
        return (String(source[..<range.lowerBound]), row)
    }
}
