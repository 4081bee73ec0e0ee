import Foundation

extension BriefRenderer {
    /// The most pivotal answers the brief lists; the JSON output has all of them.
    static let pivotalRows = 8
    /// The most single-importance flips the brief lists.
    static let flipRows = 5

    /// "How solid is this?": pivotal answers, importance robustness and unsure ranges.
    func solidity(_ md: inout Markdown, _ sensitivity: Sensitivity) {
        md.heading(2, "How solid is this?")
        md.paragraph(
            "Three checks test whether the recommendation hangs on one answer, on the importance the model gives each "
                + "question, or on facts nobody was sure of. Appendix C explains how each is computed."
        )
        pivotal(&md, sensitivity.pivotalAnswers, closest: sensitivity.closestCalls)
        robustness(&md, sensitivity.robustness)
        unsureRanges(&md, sensitivity.unsure)
    }

    private var recommendedOutcome: Outcome { Outcome(assessment) }

    private func pivotal(_ md: inout Markdown, _ all: [PivotalAnswer], closest: [PivotalAnswer]) {
        md.heading(3, "Answers that would change it")
        let current = outcomeName(recommendedOutcome)
        // One row per question and new recommendation: the nearest answer that gives it.
        var seen: Set<String> = []
        let rows = all.filter { seen.insert("\($0.questionID)|\($0.outcome.id)").inserted }
        guard let first = rows.first, let question = questionnaire.question(first.questionID) else {
            md.paragraph(
                "No single answer changes the recommendation. Every answered question was tried with each of its "
                    + "other answers, and with no answer at all, and \(current) stayed ahead every time."
            )
            guard !closest.isEmpty else { return }
            md.paragraph(
                "The answers that would narrow its lead the most (from \(assessment.confidence.margin.oneDecimal) "
                    + "points) are the ones to be surest of:"
            )
            md.bullets(
                closest.compactMap { call in
                    guard let question = questionnaire.question(call.questionID) else { return nil }
                    return
                        "\(promptText(call.questionID)): "
                        + "“\(valueText(call.alternative, for: question, bandLabel: true))” rather than "
                        + "“\(valueText(call.given, for: question))” would leave a lead of "
                        + "\(call.margin.oneDecimal) points."
                })
            return
        }
        md.paragraph(
            "The most sensitive answer: if the answer to \(promptText(question.id)) were "
                + "“\(valueText(first.alternative, for: question, bandLabel: true))” rather than "
                + "“\(valueText(first.given, for: question))”, the recommendation would be "
                + "\(outcomeName(first.outcome)) instead of \(current)."
        )
        let questions = Set(rows.map(\.questionID)).count
        md.paragraph(
            "\(questions) answered question\(questions == 1 ? "" : "s") could change the recommendation on "
                + "\(questions == 1 ? "its" : "their") own. Each row is one other answer, nearest first; “lead” is "
                + "how far ahead the new recommendation would be. These are the facts to check before the offsite."
        )
        let shown = rows.prefix(Self.pivotalRows).map { pivot -> [String] in
            let question = questionnaire.question(pivot.questionID)
            let instead = question.map { valueText(pivot.alternative, for: $0, bandLabel: true) } ?? ""
            let dropped =
                pivot.dropped.isEmpty
                ? "" : " (and drops " + pivot.dropped.map { "`\($0)`" }.joined(separator: ", ") + ")"
            return [
                promptText(pivot.questionID), question.map { valueText(pivot.given, for: $0) } ?? "",
                instead + dropped, Markdown.escape(outcomeName(pivot.outcome)).capitalisedFirst,
                pivot.margin.oneDecimal,
            ]
        }
        md.table(
            ["Question", "Answer given", "If instead", "Recommendation would be", "Lead"],
            alignments: [.left, .left, .left, .left, .right], Array(shown))
        if rows.count > Self.pivotalRows {
            md.paragraph(
                "\(rows.count - Self.pivotalRows) more such answers are listed in the JSON output (`--format json`).")
        }
    }

    private func robustness(_ md: inout Markdown, _ robustness: WeightRobustness) {
        md.heading(3, "Question importance")
        let settings = robustness.settings
        let current = recommendedOutcome
        let share = robustness.share(of: current)
        let others = robustness.wins.filter { $0.outcome != current }
            .map { "\(outcomeName($0.outcome)) in \(percent(Double($0.draws) / Double(max(1, settings.draws))))" }
        let options =
            settings.optionSpread > 0
            ? ", and every answer's weight by up to ±\(settings.optionSpread.plain) points," : ""
        var text =
            "Each question's importance was varied at random by up to ±\(percent(settings.spread))\(options) "
            + "\(settings.draws.readable) times from a fixed seed. \(outcomeName(current).capitalisedFirst) came "
            + "out on top in \(percent(share)) of the draws"
        text += others.isEmpty ? "; nothing else ever did." : "; \(others.joined(separator: ", "))."
        md.paragraph(text)
        guard let flip = robustness.nearestFlip else {
            md.paragraph(
                "No single question's importance, set anywhere from 0 to \(WeightRobustness.maximumWeight.plain), "
                    + "changes the recommendation on its own."
            )
            return
        }
        md.paragraph(
            "The importance that matters most: if \(promptText(flip.questionID)) counted "
                + "\(flip.threshold.hundredthsText) instead of \(flip.weight.plain) (\(change(flip))), "
                + "\(outcomeName(flip.outcome)) would draw level, and any further it would overtake "
                + "\(outcomeName(current))."
        )
        if robustness.flips.count > 1 {
            let rows = robustness.flips.prefix(Self.flipRows).map { flip in
                [
                    promptText(flip.questionID), flip.weight.plain, flip.threshold.hundredthsText, change(flip),
                    Markdown.escape(outcomeName(flip.outcome)).capitalisedFirst,
                ]
            }
            md.table(
                ["Question", "Importance", "Flips at", "Change", "Recommendation would be"],
                alignments: [.left, .right, .right, .right, .left], Array(rows))
        }
    }

    private func unsureRanges(_ md: inout Markdown, _ range: UnsureRange) {
        md.heading(3, "Unsure answers")
        guard !range.questionIDs.isEmpty else {
            md.paragraph("No scored question was answered unsure, so settling open facts cannot move the scores.")
            return
        }
        let count = range.questionIDs.count
        md.paragraph(
            "\(count) scored question\(count == 1 ? " was" : "s were") answered unsure: "
                + "\(range.questionIDs.map(promptText).joined(separator: "; ")). Settling "
                + "\(count == 1 ? "it" : "them") could move each fit score anywhere in these ranges (exact lowest "
                + "and highest over every combination of answers):"
        )
        let rows = range.spans.map { span in
            [
                Markdown.escape(outcomeName(Outcome(span.stance))).capitalisedFirst, span.current.oneDecimal,
                span.lowest.oneDecimal, span.highest.oneDecimal,
            ]
        }
        md.table(["Paradigm", "Now", "Lowest", "Highest"], alignments: [.left, .right, .right, .right], rows)
        let current = outcomeName(recommendedOutcome)
        switch range.verdict {
        case .nothingUnsure:
            break
        case .holdsByRange:
            md.paragraph(
                "The recommendation holds whatever the answers turn out to be: \(current)'s lowest possible score is "
                    + "above every other paradigm's highest."
            )
        case .holdsInEveryCombination(let combinations):
            md.paragraph(
                "The ranges overlap, but every one of the \(combinations.readable) combinations of answers was "
                    + "scored, and \(current) stays the recommendation in all of them."
            )
        case .changes(let combinations, let outcomes):
            let others = outcomes.filter { $0.key != recommendedOutcome }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            .map { "\(outcomeName($0.key)) in \($0.value.readable)" }
            md.paragraph(
                "**The recommendation can change.** Of the \(combinations.readable) combinations of answers, "
                    + "\(others.joined(separator: ", ")) make another paradigm the recommendation. Settle these facts "
                    + "before the offsite."
            )
        case .mayChange:
            md.paragraph(
                "**The recommendation may change.** The ranges overlap, and the answers can combine in too many ways "
                    + "to score one by one (more than \(UnsureRange.enumerationLimit.readable)). Settle these facts "
                    + "before the offsite."
            )
        }
    }

    /// A share as a percentage: one decimal below 10% or above 90% (where 99.9% and 100%
    /// differ in meaning), whole numbers otherwise.
    func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        if value == value.rounded() { return "\(Int(value))%" }
        return value < 10 || value > 90 && value < 100 ? "\(value.oneDecimal)%" : "\(Int(value.rounded()))%"
    }

    private func change(_ flip: WeightRobustness.WeightFlip) -> String {
        guard flip.weight > 0 else { return "from zero" }
        let change = flip.relativeChange
        return "\(percent(abs(change))) \(change < 0 ? "less" : "more")"
    }
}

extension Double {
    /// At most two decimals, without trailing zeros: `1.37`, `2.5`, `3`.
    var hundredthsText: String {
        let hundredths = (self * 100).rounded() / 100
        if hundredths == hundredths.rounded() { return hundredths.plain }
        var text = String(format: "%.2f", hundredths)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

extension String {
    /// The text with its first letter upper-cased.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
