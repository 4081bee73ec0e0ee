/// The library's way from answers to a brief: loads and checks the answers, scores them,
/// analyses the result and renders the format asked for. The command line only reads its
/// arguments and writes what this returns; the interview calls it with the answers it holds.
public struct BriefMaker: Sendable {
    /// The questionnaire the answers answer.
    public let questionnaire: Questionnaire
    /// Copies of ``questionnaire``, each loaded on its own, one for each core that reads a
    /// team's answers (see ``Parallel``); just the questionnaire when none were given.
    let copies: [Questionnaire]

    /// Creates a maker for answers to `questionnaire`. A team brief reads its answers on every
    /// core; `copies` (the same questionnaire, each loaded on its own) spare the cores from
    /// sharing one.
    public init(questionnaire: Questionnaire, copies: [Questionnaire] = []) {
        self.questionnaire = questionnaire
        self.copies = copies.isEmpty ? [questionnaire] : copies
    }

    /// One respondent's answers file read and checked, with its warnings.
    public func answers(_ source: SourceFile) throws(BriefError) -> (answers: Answers, warnings: Diagnostics) {
        do {
            return try AnswersLoader.load(source, questionnaire: questionnaire)
        } catch {
            throw .data(error)
        }
    }

    /// One respondent's brief from an answers file's text, with the file's warnings.
    public func brief(
        _ source: SourceFile, _ request: BriefRequest
    ) throws(BriefError) -> (output: BriefOutput, warnings: Diagnostics) {
        let loaded = try answers(source)
        return (try brief(loaded.answers, request), loaded.warnings)
    }

    /// One respondent's brief from answers already read: the request's organisation and
    /// what-ifs applied, scored, analysed and rendered in its format.
    public func brief(_ answers: Answers, _ request: BriefRequest) throws(BriefError) -> BriefOutput {
        var answers = answers
        if let name = request.organisation { answers.respondent.organisation = name }
        var options = request.options
        do {
            options.overrides = try answers.apply(overrides: request.overrides, questionnaire: questionnaire)
        } catch {
            throw .request(error.message)
        }
        let assessment: Assessment
        do {
            assessment = try Assessor.assess(answers, with: questionnaire)
        } catch {
            throw .data(error)
        }
        let analysis = BriefAnalysis(assessment)
        let document = { BriefRenderer(analysis: analysis, options: options).document() }
        switch request.format {
        case .markdown: return .text(document().markdown)
        case .json: return .text(BriefJSON(analysis: analysis, options: options).render())
        case .html:
            let charts = [ScoreChart.sectionID: ScoreChart.svg(assessment)]
            return .text(HTMLPage(document: document(), charts: charts, paper: request.paper).render())
        case .docx: return .pandoc(markdown: document().markdown, format: .docx)
        case .pdf: return .pandoc(markdown: document().markdown, format: .pdf)
        case .slides, .runsheet:
            throw .request("'\(request.format.rawValue)' is made for a team brief, not for one respondent's answers.")
        }
    }
}
