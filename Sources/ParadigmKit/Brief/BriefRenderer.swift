/// Writes the recommendation brief for one assessment as pandoc-compatible Markdown.
/// The same assessment and options always give the same bytes.
public struct BriefRenderer: Sendable {
    let analysis: BriefAnalysis
    let options: BriefOptions
    var assessment: Assessment { analysis.assessment }
    var questionnaire: Questionnaire { assessment.questionnaire }
    var texts: ParadigmTexts { questionnaire.texts }

    /// Creates a renderer of an analysed assessment.
    public init(analysis: BriefAnalysis, options: BriefOptions) {
        self.analysis = analysis
        self.options = options
    }

    /// The whole brief as Markdown.
    public func render() -> String { document().markdown }

    /// The whole brief as a tree of blocks with their grounds.
    func document() -> BriefDocument {
        var md = Markdown()
        let (sensitivity, statement, review) = (analysis.sensitivity, analysis.statement, analysis.review)
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
            if let runnerUp = analysis.runnerUpReview {
                md.heading(2, "Appendix: today against the runner-up")
                gapTable(&md, runnerUp, heading: "Runner-up", level: 3)
            }
            methodAppendix(&md)
            solidityMethod(&md, sensitivity)
        } else {
            if let review {
                scorecard(&md, review, heading: "Appendix A: scorecard and what it costs")
                journeyMap(&md, review, heading: "Appendix B: who owns each buying stage")
                starters(&md, review, heading: "Appendix C: a starter for the first step", limit: 1)
            }
            methodSummary(&md)
        }
        sources(&md)
        return md.document
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
        return AnswerWords.text(answer.value, for: question, escape: Markdown.escape)
    }
}

extension String {
    func trimmingTrailingBlankLines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
