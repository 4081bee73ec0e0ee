extension Linter {
    /// Options a respondent cannot tell apart, bands no number falls into, and weights that
    /// `informs:` makes the model ignore.
    mutating func checkOptions() {
        for question in questionnaire.questions {
            checkLabels(question)
            checkBands(question)
            checkInforms(question)
        }
    }

    private mutating func checkLabels(_ question: Question) {
        let options =
            question.kind == .scale ? question.options.filter { $0.id == "1" || $0.id == "5" } : question.options
        var seen: [String: Option] = [:]
        for option in options {
            var label = option.label.trimmingWhitespace().lowercased()
            if question.kind == .scale { label = String(label.drop { $0 != "—" }.dropFirst()).trimmingWhitespace() }
            if let first = seen[label] {
                report(
                    .error,
                    "options `\(first.id)` and `\(option.id)` of question `\(question.id)` have the same label "
                        + "\"\(option.label)\"; a respondent cannot tell them apart",
                    at: option.location, help: "reword one of the two labels")
            } else {
                seen[label] = option
            }
        }
    }

    private mutating func checkBands(_ question: Question) {
        guard case .number(let low, let high, _) = question.kind else { return }
        for (position, band) in question.options.enumerated() where !question.canBeChosen(band) {
            let start = position == 0 ? nil : question.options[position - 1].below
            let reason: String
            if let start, start > high {
                reason = "it starts at \(start.plain), above `max: \(high.plain)`"
            } else if let below = band.below {
                reason = "it holds values below \(below.plain), and answers start at `min: \(low.plain)`"
            } else {
                reason = "no answer from \(low.plain) to \(high.plain) falls into it"
            }
            report(
                .error, "band `\(band.id)` of question `\(question.id)` can never be chosen: \(reason)",
                at: band.location,
                help: "keep every `below:` between `min` and `max`, or change `min:`/`max:`")
        }
    }

    private mutating func checkInforms(_ question: Question) {
        let ends = question.kind == .scale ? question.options.filter { $0.id == "1" || $0.id == "5" } : question.options
        let name = { (option: Option) -> String in
            question.kind == .scale
                ? (option.id == "1" ? "the `low:` end" : "the `high:` end") : "option `\(option.id)`"
        }
        switch question.informs {
        case .fit:
            for option in ends where !option.today.isZero {
                report(
                    .warning,
                    "\(name(option)) of question `\(question.id)` has `today:` weights that never count: the question "
                        + "informs fit only",
                    at: option.location, help: "add `informs: both` to the question, or remove the `today:` weights")
            }
        case .today:
            for option in ends where !option.weights.isZero {
                report(
                    .warning,
                    "\(name(option)) of question `\(question.id)` has fit `weights:` that never count: the question "
                        + "informs today only",
                    at: option.location, help: "add `informs: both` to the question, or move them under `today:`")
            }
        case .both:
            let hasFit = ends.contains { !$0.weights.isZero }
            let hasToday = ends.contains { !$0.today.isZero }
            if hasFit != hasToday {
                let (has, lacks, write) =
                    hasFit ? ("fit `weights:`", "`today:`", "fit") : ("`today:` weights", "fit `weights:`", "today")
                report(
                    .warning, "question `\(question.id)` informs both, but only has \(has): no option has \(lacks)",
                    at: question.location, help: "write `informs: \(write)`, or give some options \(lacks)")
            }
        case .readiness:
            for option in ends where !option.weights.isZero || !option.today.isZero {
                report(
                    .warning,
                    "\(name(option)) of question `\(question.id)` has weights that never count: the question informs "
                        + "readiness only",
                    at: option.location,
                    help:
                        "readiness questions act only through gates; remove the weights, or write `informs: fit` "
                        + "or `today`"
                )
            }
        }
    }
}
