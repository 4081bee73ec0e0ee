/// The team brief's charts as SVG text, written by hand so that they need nothing beyond the
/// standard library: scores by role, and the perception gap. Every label is XML-escaped.
///
/// Every chart takes the ``TeamGrouping`` the brief shows, never the roles themselves: a brief
/// gets its charts from ``TeamBriefRenderer/charts``, so that the inline charts of an HTML page
/// and the chart files show exactly the groups of the brief they belong to.
package enum TeamCharts: Sendable {
    /// The file name of the scores-by-role chart.
    package static let scoresByRoleName = "scores-by-role.svg"
    /// The file name of the perception-gap chart.
    package static let perceptionGapName = "perception-gap.svg"

    static let width = 760.0
    static let labelWidth = 230.0
    static let barArea = 440.0
    static let barHeight = 12.0
    static let colours = ["#4e79a7", "#f28e2b", "#59a14f", "#76b7b2", "#b07aa1"]

    /// The heading of the section each chart closes, as the team brief writes it.
    package static let scoresByRoleHeading = "Scores by role"
    /// See ``scoresByRoleHeading``.
    package static let perceptionGapHeading = "Perception gap"

    /// Mean fit score of each candidate model for everyone and for each group the grouping
    /// shows (an anonymous brief's groups of at least three), 0–100.
    package static func scoresByRole(_ team: TeamAssessment, grouping: TeamGrouping) -> String {
        let paradigms = Stance.allCases
        // Everyone is the whole team; the scores are those of the respondents who answered for the organisation.
        let scored = team.group.count == team.members.count ? "" : "; fit from \(team.group.count.readable)"
        var groups: [(String, GroupScores)] = [("Everyone (\(team.members.count.readable)\(scored))", team.group)]
        for group in grouping.groups where group.scores.count > 0 && grouping.showsGroupScores {
            groups.append(("\(group.label) (\(group.scores.count.readable))", group.scores))
        }
        let block = Double(paradigms.count) * (barHeight + 2) + 18
        let summary = groups.map { label, group in
            "\(label): " + paradigms.map { "\($0.shortName) \(group.mean[$0].oneDecimal)" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = SVG(
            width: width, height: 60 + block * Double(groups.count), id: "scores-by-role",
            title: "Mean fit score by role (0–100)", description: summary + ".")
        svg.text(12, 22, "Mean fit score by role (0–100)", size: 15, bold: true)
        legend(&svg, paradigms.map(\.shortName), y: 44)
        for (row, (label, group)) in groups.enumerated() {
            let top = 64 + block * Double(row)
            svg.text(12, top + 14, label, size: 12)
            for (offset, paradigm) in paradigms.enumerated() {
                let y = top + Double(offset) * (barHeight + 2)
                let value = group.mean[paradigm]
                svg.rect(labelWidth, y, barArea * value / 100, barHeight, colours[offset])
                svg.text(labelWidth + barArea * value / 100 + 4, y + barHeight - 2, value.oneDecimal, size: 10)
            }
        }
        return svg.finish()
    }

    /// The mean answer (1–5) of executives, practitioners, marketing and sales to each
    /// perception question, for the sides a grouping keeps apart; a side an anonymous
    /// grouping withholds is marked "not shown (anonymous)".
    package static func perceptionGap(_ team: TeamAssessment, grouping: TeamGrouping) -> String {
        let sides = ["Executives", "Practitioners", "Marketing", "Sales"]
        let withheld = [
            grouping.executives == nil || grouping.practitioners == nil,
            grouping.marketing == nil || grouping.sales == nil,
        ]
        // The questions come from the unanonymised comparison; no value of it is drawn for a withheld side.
        let executive = team.executiveGap(in: grouping) ?? team.executiveGap.map(PerceptionComparison.withheld)
        let function = team.functionGap(in: grouping) ?? []
        let block = Double(sides.count) * (barHeight + 2) + 30
        let summary = executive.enumerated().map { row, comparison in
            let values = [
                comparison.first, comparison.second,
                row < function.count ? function[row].first : nil, row < function.count ? function[row].second : nil,
            ]
            return comparison.question.prompt + " "
                + zip(sides, values).map { side, value in
                    "\(side) \(value.map { $0.mean.oneDecimal } ?? "no answers")"
                }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = SVG(
            width: width, height: 84 + block * Double(max(1, executive.count)), id: "perception-gap",
            title: "Perception gap: mean answer, 1 (not at all) to 5 (fully)",
            description: executive.isEmpty ? "The questionnaire has no perception questions." : summary + ".")
        svg.text(12, 22, "Perception gap: mean answer, 1 (not at all) to 5 (fully)", size: 15, bold: true)
        legend(&svg, sides, y: 44)
        for point in 1...5 {
            let x = labelWidth + barArea * Double(point - 1) / 4
            svg.text(x - 3, 60, String(point), size: 10)
        }
        for (row, comparison) in executive.enumerated() {
            let top = 72 + block * Double(row)
            svg.text(12, top + 12, shortened(comparison.question.prompt, to: 110), size: 12)
            let values = [
                comparison.first, comparison.second,
                row < function.count ? function[row].first : nil, row < function.count ? function[row].second : nil,
            ]
            for (offset, side) in values.enumerated() {
                let y = top + 18 + Double(offset) * (barHeight + 2)
                svg.text(24, y + barHeight - 2, sides[offset], size: 10)
                guard let side else {
                    let hidden = withheld[offset / 2]
                    svg.text(labelWidth, y + barHeight - 2, hidden ? "not shown (anonymous)" : "no answers", size: 10)
                    continue
                }
                // Bars start at 1, the lowest answer, so that their lengths compare like the means.
                let length = max(2, barArea * (side.mean - 1) / 4)
                svg.rect(labelWidth, y, length, barHeight, colours[offset])
                svg.text(
                    labelWidth + length + 4, y + barHeight - 2, "\(side.mean.oneDecimal) (\(side.count.readable))",
                    size: 10)
            }
        }
        if executive.isEmpty { svg.text(12, 80, "The questionnaire has no perception questions.", size: 12) }
        return svg.finish()
    }

    static func legend(_ svg: inout SVG, _ names: [String], y: Double) {
        var x = 12.0
        for (offset, name) in names.enumerated() {
            svg.rect(x, y - 10, 12, 12, colours[offset % colours.count])
            svg.text(x + 16, y, name, size: 11)
            x += 26 + Double(name.count) * 6.5
        }
    }

    private static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
