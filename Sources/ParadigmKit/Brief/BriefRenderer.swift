/// Writes the recommendation brief for one assessment as pandoc-compatible Markdown.
/// The same assessment and options always give the same bytes.
public struct BriefRenderer: Sendable {
    let assessment: Assessment
    let options: BriefOptions
    var questionnaire: Questionnaire { assessment.questionnaire }
    var texts: ParadigmTexts { questionnaire.texts }

    /// Creates a renderer.
    public init(assessment: Assessment, options: BriefOptions) {
        self.assessment = assessment
        self.options = options
    }

    /// The whole brief.
    public func render() -> String {
        var md = Markdown()
        let sensitivity = Sensitivity(assessment)
        let statement = ConfidenceStatement(assessment, sensitivity)
        let review = OperatingModelReview(assessment, target: assessment.recommendation)
        let full = options.detail == .full
        frontMatter(&md)
        whatIf(&md)
        summary(&md, statement, review)
        scores(&md)
        reasons(&md)
        if full {
            recommended(&md)
            runnerUp(&md)
            solidity(&md, sensitivity)
            readiness(&md)
        }
        if let review {
            operatingModel(&md, review, sensitivity, starters: full)
        } else {
            roadmap(&md)
        }
        offsiteQuestions(&md, statement, review, sensitivity)
        if full {
            research(&md)
            answersAppendix(&md)
            if let runnerUp = OperatingModelReview(assessment, target: assessment.runnerUp) {
                md.heading(2, "Appendix: today against the runner-up")
                gapTable(&md, runnerUp, heading: "Runner-up", level: 3)
            }
            methodAppendix(&md)
            solidityMethod(&md, sensitivity)
        } else {
            if let review {
                gapTable(&md, review, heading: "Appendix A: today against the target")
                journeyMap(&md, review, heading: "Appendix B: who owns each buying stage")
                starters(&md, review, heading: "Appendix C: starters for what is missing")
            }
            methodSummary(&md)
        }
        sources(&md)
        return md.text.trimmingTrailingBlankLines() + "\n"
    }

    /// The organisation's name as given, or a neutral phrase.
    var organisation: String? {
        assessment.answers.respondent.organisation.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
    }

    /// A candidate model's name with its direction, e.g. "Subservient (marketing in service of sales)".
    func name(_ stance: Stance) -> String { assessment.displayName(stance) }

    /// The paradigm text of a candidate model.
    func text(_ stance: Stance) -> ParadigmText { texts[stance.paradigm] }

    /// The statistics quoted, numbered in the order of the paradigm-text file.
    func sourceNumber(_ statistic: Statistic) -> Int {
        (texts.statistics.firstIndex(of: statistic) ?? 0) + 1
    }

    /// An answer in words: the option labels, the number with its unit, or "unsure".
    func answerText(_ question: Question) -> String {
        guard let answer = assessment.answers[question.id] else { return "—" }
        switch answer.value {
        case .unsure: return "unsure"
        case .text(let text): return Markdown.escape(text)
        case .number(let value, _):
            if case .number(_, _, let unit?) = question.kind {
                return Markdown.escape(unit == "%" ? "\(value.readable)%" : "\(value.readable) \(unit)")
            }
            return value.readable
        case .choice(let id): return Markdown.escape(question.option(id)?.label ?? id)
        case .choices(let ids):
            return ids.map { Markdown.escape(question.option($0)?.label ?? $0) }.joined(separator: "; ")
        }
    }
}

extension String {
    func trimmingTrailingBlankLines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
