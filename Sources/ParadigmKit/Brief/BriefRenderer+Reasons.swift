extension BriefRenderer {
    func reasons(_ md: inout Markdown) {
        let rec = assessment.recommendation
        let effects = assessment.fit.effects(on: rec)
        md.heading(2, "Why \(name(rec).lowercasedFirst)")
        let full = options.detail == .full
        md.paragraph(
            full
                ? "Each answer moves a paradigm's fit score up or down from a neutral 50; the points below are that "
                    + "move, and they add up to the score. The full arithmetic is in the method appendix."
                : "Each answer moves the fit score up or down from a neutral 50. The answers that count most for it "
                    + "are under **Why** in the summary; these count against it:")
        let count = full ? options.driverCount : 3
        let pushing = effects.filter(\.pushes).sorted(by: Self.strongestFirst).prefix(count)
        let holding = effects.filter(\.holdsBack).sorted(by: Self.strongestFirst).prefix(full ? count : 2)
        let line =
            full
            ? driver
            : {
                let id = $0.contribution.questionID
                return
                    (self.questionnaire.question(id).map(self.answerLabel) ?? id)
                    + " (\(Markdown.signed($0.points)) points)"
            }
        func items(_ effects: ArraySlice<Effect>, none: String) -> [ListItem] {
            guard !effects.isEmpty else { return [ListItem(none, grounds: grounds(on: []))] }
            return effects.map { ListItem(line($0), grounds: grounds(on: [$0.contribution.questionID])) }
        }
        // The concise brief gives the answers for it once, in the summary; the section adds the
        // answers against it.
        if !full {
            md.bullets(items(holding, none: "No answer held it back."))
            return
        }
        md.line("**For \(name(rec).lowercasedFirst):**")
        md.line()
        md.bullets(items(pushing, none: "No answer pushed it above neutral on its own."))
        md.line("**Against \(name(rec).lowercasedFirst):**")
        md.line()
        md.bullets(items(holding, none: "No answer held it back."))
    }

    func runnerUp(_ md: inout Markdown) {
        let (rec, second) = (assessment.recommendation, assessment.runnerUp)
        let text = self.text(second)
        md.heading(2, "Runner-up: \(name(second))")
        md.paragraph(
            "\(text.summary) It scores \(assessment.fit.score(second).oneDecimal), "
                + "\(assessment.confidence.margin.oneDecimal) points behind."
        )
        let fit = assessment.fit
        let favouring = fit.advantages(of: second, over: rec)
            .filter(\.pushes).prefix(3)
        if favouring.isEmpty {
            md.paragraph("No answer favours it over \(name(rec).lowercasedFirst).")
        } else {
            md.paragraph("The answers that favour it over \(name(rec).lowercasedFirst):")
            md.bullets(
                favouring.map { effect in
                    let question = questionnaire.question(effect.contribution.questionID)
                    return
                        "\(question.map(answerLabel) ?? effect.contribution.questionID) "
                        + "(\(Markdown.signed(effect.points)) points for \(name(second).lowercasedFirst))"
                })
        }
        let gates = assessment.gates(holding: second)
        // Which facts keep it second: the answers that favour the recommendation over it most.
        let against = fit.advantages(of: rec, over: second).filter(\.pushes).prefix(2).compactMap { effect in
            questionnaire.question(effect.contribution.questionID).map(answerLabel)
        }
        let facts =
            against.isEmpty
            ? "no single answer decides it; many small leanings add up" : against.joined(separator: "; ")
        let why =
            gates.isEmpty
            ? "Why not: the answers that favour \(name(rec).lowercasedFirst) over it most are \(facts)."
            : "Why not: the answers that favour \(name(rec).lowercasedFirst) over it most are \(facts); and "
                + "\(gates.count) readiness gate\(gates.count == 1 ? "" : "s") also "
                + "hold\(gates.count == 1 ? "s" : "") \(name(second).lowercasedFirst) back."
        md.paragraph(why)
    }

    /// "Primary motion: Field sales (+6.1 points). Why…"
    func driver(_ effect: Effect) -> String {
        guard let question = questionnaire.question(effect.contribution.questionID) else {
            return effect.contribution.questionID
        }
        let reason = effect.contribution.optionIDs.compactMap { question.option($0)?.why }.first { !$0.isEmpty }
        return "\(answerLabel(question)) (\(Markdown.signed(effect.points)) points)\(reason.map { ". \($0)" } ?? "")"
    }

    /// The question's prompt with the answer given: "*How do…?* Field sales".
    func answerLabel(_ question: Question) -> String {
        "*\(question.prompt.trimmingTrailingPunctuation)*: \(answerText(question))"
    }

    static func strongestFirst(_ a: Effect, _ b: Effect) -> Bool {
        abs(a.points) != abs(b.points)
            ? abs(a.points) > abs(b.points) : a.contribution.questionID < b.contribution.questionID
    }
}

extension String {
    /// The prompt without its final `?` or `.`, for use inside a sentence.
    var trimmingTrailingPunctuation: String {
        var text = trimmingWhitespace()
        while let last = text.last, "?.:".contains(last) { text.removeLast() }
        return text
    }
}
