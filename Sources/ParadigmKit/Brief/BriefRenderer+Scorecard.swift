extension BriefRenderer {
    /// The scorecard of the recommended model (its leading indicators, each with its owner and
    /// today's value where the answers give one) and what running the model costs.
    func scorecard(_ md: inout Markdown, _ review: OperatingModelReview, heading: String) {
        let indicators = text(review.target).indicators
        md.heading(2, heading)
        if !indicators.isEmpty {
            md.table(
                ["Indicator", "Owner", "Today"], alignments: [.left, .left, .left],
                indicators.map { indicator in
                    [
                        Markdown.escape(review.wording(indicator.text)),
                        indicator.owner.map { review.cast.holder($0).name } ?? "—", todayText(indicator),
                    ]
                }, grounds: indicators.map { grounds(on: $0.today + ($0.owner.map(ownerGrounds(review)) ?? [])) })
        }
        if let cost = questionnaire.operatingModel?.cost(review.target) {
            md.paragraph(costText(cost, review))
        }
    }

    /// What running a model costs, in a sentence or three.
    func costText(_ cost: OperatingModel.Cost, _ review: OperatingModelReview) -> String {
        let meetings = cost.meetings.map { "\($0.name), \(($0.perYear * $0.hours).rounded().plain) hours" }
        return "**What it costs.** Its cadence takes about \(cost.hoursPerLeader.rounded().plain) hours a year of "
            + "joint meetings for each leader (\(meetings.joined(separator: "; "))). Adds: "
            + "\(review.wording(cost.adds)). Removes: \(review.wording(cost.removes)). Tooling assumed: "
            + "\(review.wording(cost.tooling))."
    }

    /// Today's value of an indicator: the answers that show it, or that none does.
    private func todayText(_ indicator: Indicator) -> String {
        let shown = indicator.today.compactMap { id -> String? in
            guard let question = questionnaire.question(id), let answer = assessment.answers[id],
                answer.value != .unsure
            else { return nil }
            return answerText(question)
        }
        return shown.isEmpty ? "not measured by the answers" : shown.joined(separator: "; ")
    }

    private func ownerGrounds(_ review: OperatingModelReview) -> (String) -> [String] {
        { review.cast.holder($0).grounds }
    }
}
