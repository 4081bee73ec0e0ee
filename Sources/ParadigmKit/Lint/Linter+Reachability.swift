extension Linter {
    /// Every paradigm, and both subservient directions, must be the recommendation for some
    /// set of answers. A stance reachable only with `unsure` answers is a warning; one that no
    /// answers found by ``WitnessSearch`` make the recommendation is an error that shows the best
    /// attempt and the questions standing in the way.
    mutating func checkReachability() {
        let search = WitnessSearch(questionnaire: questionnaire)
        guard search.items.contains(where: \.counts) else {
            report(
                .error,
                "no question carries fit weights that differ between answers, so nothing can ever be recommended",
                at: topLevelKey("sections"),
                help: "give the options of the questions about the market and buyers `weights:`")
            return
        }
        for stance in Stance.allCases {
            let s = stanceIndex(stance)
            if !search.items.contains(where: { $0.counts && $0.weights.contains { $0[s] > 0 } }) {
                report(
                    .warning,
                    "no answer leans towards \(stance.shortName): every fit weight for `\(stance.rawValue)` is zero "
                        + "or negative",
                    at: topLevelKey("sections"),
                    help:
                        "it can then be recommended only because the answers speak against the others; give it "
                        + "positive weights where it fits"
                )
            }
            let answered = search.search(stance, allowUnsure: false)
            if let answered, answered.confirmed { continue }
            guard let attempt = search.search(stance, allowUnsure: true) else { continue }
            if attempt.confirmed {
                let names = attempt.unsure.prefix(4).map { "`\($0.id)`" }.joined(separator: ", ")
                var help =
                    "with every question answered, another paradigm always leads; give `\(stance.rawValue)` more "
                    + "weight where it fits"
                if answered?.cutShort == true {
                    help +=
                        "; with \(questionnaire.questions.count) questions, lint's search stopped at its limit"
                        + " (docs/limits.md), so answers without unsure may exist"
                }
                report(
                    .warning,
                    "\(stance.shortName) is the recommendation only when some questions are answered unsure "
                        + "(\(names)\(attempt.unsure.count > 4 ? ", …" : ""))",
                    at: attempt.unsure.first?.location ?? topLevelKey("sections"), help: help)
            } else {
                unreachable(stance, attempt, search)
            }
        }
    }

    private mutating func unreachable(_ stance: Stance, _ attempt: WitnessSearch.Attempt, _ search: WitnessSearch) {
        let t = stanceIndex(stance)
        let rival = attempt.closestRival
        let r = stanceIndex(rival)
        let asked = search.evaluate(attempt.picks).asked
        var range = [Double](repeating: 0, count: Stance.allCases.count)
        for (index, item) in search.items.enumerated() where asked[index] && item.counts && attempt.picks[index] != nil
        {
            for s in range.indices { range[s] += item.high[s] - item.low[s] }
        }
        // How many points each asked question gives the rival over the target, even answered in the target's favour.
        var obstacles: [(question: Question, points: Double)] = []
        for (index, item) in search.items.enumerated() where asked[index] && item.counts {
            guard let pick = attempt.picks[index], range[t] > 0, range[r] > 0 else { continue }
            let forTarget = StanceScore.score(lift: item.weights[pick][t] - item.low[t], span: range[t])
            let forRival = StanceScore.score(lift: item.weights[pick][r] - item.low[r], span: range[r])
            if forRival - forTarget > Effect.driverThreshold { obstacles.append((item.question, forRival - forTarget)) }
        }
        obstacles.sort { $0.points > $1.points }
        // Questions whose answers give the two stances the same weights: a copied line is the usual cause of a tie.
        let mirrors = search.items.filter { item in
            item.counts && item.weights.contains { $0[t] != 0 } && item.weights.allSatisfy { $0[t] == $0[r] }
        }.map(\.question)
        var help = range[t] == 0 ? "no answer moves \(stance.shortName), which stays at 50; " : ""
        if abs(attempt.lead) < Effect.driverThreshold {
            help +=
                "at best it ties with \(rival.shortName) at \(attempt.scores[r].oneDecimal), and the tie-break "
                + "favours \(rival.shortName)"
            if !mirrors.isEmpty {
                help +=
                    "; these questions give both the same weights: "
                    + mirrors.prefix(3).map { "`\($0.id)` (line \($0.location.line))" }.joined(separator: ", ")
            }
        } else {
            help +=
                "with the answers most favourable to \(stance.shortName) that lint found, \(rival.shortName) "
                + "still leads "
                + "\(attempt.scores[r].oneDecimal) to \(attempt.scores[t].oneDecimal)"
            let listed = obstacles.prefix(3).map {
                "`\($0.question.id)` (line \($0.question.location.line), +\($0.points.oneDecimal))"
            }
            if !listed.isEmpty {
                help +=
                    "; the questions that favour \(rival.shortName) most even then: \(listed.joined(separator: ", "))"
            }
        }
        help +=
            "; give `\(stance.rawValue)` weights of its own, different from `\(rival.rawValue)`'s, in the answers "
            + "that call for it"
        if attempt.cutShort {
            help +=
                "; with \(questionnaire.questions.count) questions, lint's search stopped at its limit"
                + " (docs/limits.md), so answers that make it the recommendation may exist"
        }
        report(
            .error, "no set of answers makes \(stance.shortName) the recommendation",
            at: (obstacles.first?.question ?? mirrors.first)?.location ?? topLevelKey("sections"), help: help)
    }

    private func stanceIndex(_ stance: Stance) -> Int { Stance.allCases.firstIndex(of: stance) ?? 0 }
}
