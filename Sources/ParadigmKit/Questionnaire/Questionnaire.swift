/// The questionnaire: its roles, sections, questions with weights, readiness gates and the
/// paradigm texts its briefs quote. Loaded from data; see `docs/questionnaire-format.md`.
public struct Questionnaire: Sendable {
    /// Stable id that answers files name.
    public let id: String
    /// Version text shown in every brief.
    public let version: String
    /// Title.
    public let title: String
    /// Who may answer.
    package let roles: [Role]
    /// Sections in order.
    package let sections: [Section]
    /// Readiness gates.
    package let gates: [Gate]
    /// The rule that reads today's practice as no deliberate model (`undefined_practice:`).
    package let undefinedPractice: UndefinedPractice?
    /// The structural steps between candidate models (`change_steps:`).
    package let changeSteps: ChangeSteps
    /// What it takes to run each candidate model (`operating_model:`), if the questionnaire names one.
    package private(set) var operatingModel: OperatingModel?
    /// The themes free-text answers are grouped into in a team brief (`themes:`).
    package internal(set) var themes: [Theme] = []
    /// The questions the readiness gates and the undefined-practice signs read.
    var questionsReadByRules: Set<String> {
        Set(
            gates.flatMap { $0.condition.clauses.map(\.questionID) } + (undefinedPractice?.questionsRead ?? [])
                + (operatingModel?.ruledOut.flatMap { $0.condition.clauses.map(\.questionID) } ?? []))
    }

    /// The same questionnaire with an operating model.
    func with(_ model: OperatingModel?) -> Questionnaire {
        var copy = self
        copy.operatingModel = model
        return copy
    }

    /// The paradigm texts, statistics and method caveat.
    package let texts: ParadigmTexts
    /// The file it was read from, for diagnostics.
    public let sourceName: String
    /// Every question in order.
    public let questions: [Question]
    /// Each question's position in ``questions``, by id.
    /// Each question's position by id.
    let positions: IDIndex
    /// What a later stage derives from the questionnaire once, on first use (the survey
    /// importer's vocabulary): held here, typed there.
    let derived = Once<any Sendable>()

    init(
        id: String, version: String, title: String, roles: [Role], sections: [Section], gates: [Gate],
        undefinedPractice: UndefinedPractice? = nil, changeSteps: ChangeSteps = ChangeSteps(),
        texts: ParadigmTexts, sourceName: String
    ) {
        (self.id, self.version, self.title, self.roles) = (id, version, title, roles)
        (self.sections, self.gates, self.texts, self.sourceName) = (sections, gates, texts, sourceName)
        (self.undefinedPractice, self.changeSteps) = (undefinedPractice, changeSteps)
        // Stored rather than computed: scoring and the analyses walk the questions thousands of
        // times per brief, and flattening the sections on every walk dominated their run time.
        questions = sections.flatMap(\.questions)
        positions = IDIndex(questions.map(\.id))
    }

    /// The question with an id.
    public func question(_ id: String) -> Question? {
        positions.position(of: id).map { questions[$0] }
    }

    /// A question's position in ``questions``.
    func position(of questionID: String) -> Int? { positions.position(of: questionID) }

    /// The role with an id.
    package func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The built-in questionnaire, embedded in the binary so it works when copied alone.
    public static func builtIn() throws(Diagnostics) -> Questionnaire {
        try parsedBuiltIn()
    }

    /// The built-in questionnaire parsed from the texts of its two files (by default the
    /// embedded copies), under the names the embedded copy gives them.
    static func parsedBuiltIn(
        questionnaire: String = EmbeddedData.questionnaire, texts: String = EmbeddedData.texts
    ) throws(Diagnostics) -> Questionnaire {
        let paradigmTexts = try ParadigmTextsLoader.load(SourceFile(name: EmbeddedData.textsName, text: texts))
        return try QuestionnaireLoader.load(
            SourceFile(name: EmbeddedData.questionnaireName, text: questionnaire), texts: { _ in paradigmTexts },
            file: { (_: String) throws(Diagnostics) -> SourceFile in
                SourceFile(name: EmbeddedData.operatingModelName, text: EmbeddedData.operatingModel)
            })
    }
}
