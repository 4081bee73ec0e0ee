/// The single brief's chart as SVG text: each candidate model's fit and ready-now score,
/// best first, with the scores in its text equivalent for screen readers.
package enum ScoreChart: Sendable {
    /// The id of the brief's section the chart closes (the scores table's heading).
    static let sectionID = "scores"

    /// The chart of one assessment.
    package static func svg(_ assessment: Assessment) -> String {
        let ranking = assessment.ranking
        let row = 2 * (TeamCharts.barHeight + 2) + 14
        let summary = ranking.map { stance in
            "\(assessment.displayName(stance)): fit \(assessment.fit.score(stance).oneDecimal), "
                + "ready now \(assessment.readyNow(stance).oneDecimal)"
        }.joined(separator: "; ")
        var svg = SVG(
            width: TeamCharts.width, height: 64 + row * Double(ranking.count), id: "scores",
            title: "Fit and ready-now score of each candidate model (0–100)", description: summary + ".")
        svg.text(12, 22, "Fit and ready-now score of each candidate model (0–100)", size: 15, bold: true)
        TeamCharts.legend(&svg, ["Fit", "Ready now"], y: 44)
        for (index, stance) in ranking.enumerated() {
            let top = 60 + row * Double(index)
            svg.text(
                12, top + 16, label(stance), size: 12,
                bold: stance == assessment.recommendation)
            for (offset, value) in [assessment.fit.score(stance), assessment.readyNow(stance)].enumerated() {
                let y = top + Double(offset) * (TeamCharts.barHeight + 2)
                let length = TeamCharts.barArea * max(0, min(100, value)) / 100
                svg.rect(TeamCharts.labelWidth, y, length, TeamCharts.barHeight, TeamCharts.colours[offset])
                svg.text(TeamCharts.labelWidth + length + 4, y + TeamCharts.barHeight - 2, value.oneDecimal, size: 10)
            }
        }
        return svg.finish()
    }

    /// A model's short name, capitalised, to fit the label column: "Subservient (sales-led)".
    private static func label(_ stance: Stance) -> String {
        stance.shortName.prefix(1).uppercased() + stance.shortName.dropFirst()
    }
}
