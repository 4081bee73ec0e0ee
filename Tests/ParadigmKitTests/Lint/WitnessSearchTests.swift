import Testing

@testable import ParadigmKit

/// The search behind the reachability check: what it finds really is the recommendation, as an
/// answers file a person could have written.
@Suite struct WitnessSearchTests {
    @Test(arguments: Stance.allCases)
    func everyStanceOfTheBuiltInQuestionnaireHasAWitness(_ stance: Stance) throws {
        let questionnaire = try Load.builtIn()
        let search = WitnessSearch(questionnaire: questionnaire)
        let attempt = try #require(search.search(stance, allowUnsure: false))
        #expect(attempt.confirmed)
        #expect(attempt.unsure.isEmpty)
        // The witness, written as an answers file and read back, gives the same recommendation.
        let answers = search.answers(attempt.picks, asked: search.evaluate(attempt.picks).asked)
        let text = AnswersWriter.render(answers, questionnaire: questionnaire)
        let reread = try Load.answers(text, questionnaire)
        let assessment = try Assessor.assess(reread, with: questionnaire)
        #expect(assessment.recommendation == stance)
        // The scores the search computed are the assessor's.
        for other in Stance.allCases {
            let index = try #require(Stance.allCases.firstIndex(of: other))
            #expect(abs(assessment.fit.score(other) - attempt.scores[index]) < 1e-9, "\(other)")
        }
    }

    /// Lint scores by the model: for random answers (and after random single changes, made in
    /// place), the search's scores, ranking and tie-break are the assessor's.
    @Test(arguments: ["built-in", "Lint/clean.yaml", "Lint/tie-won-by-gate.yaml", "Model/tiny-questionnaire.yaml"])
    func scoresAndRankingAreTheAssessors(_ name: String) throws {
        let questionnaire =
            name == "built-in"
            ? try Load.builtIn()
            : try Load.questionnaire(Load.text(Paths.fixture(name)), name: name)
        let search = WitnessSearch(questionnaire: questionnaire)
        var generator = SplitMix64(seed: 19)
        func draw(_ item: WitnessSearch.Item) -> Int? {
            let roll = Int(generator.next() % UInt64(item.choices.count + 1))
            return roll < item.choices.count ? item.choices[roll] : nil
        }
        var state = search.evaluate(search.items.map(draw))
        for _ in 0..<200 {
            let index = Int(generator.next() % UInt64(search.items.count))
            search.change(&state, index, to: draw(search.items[index]))
            let answers = search.answers(state.picks, asked: state.asked)
            guard let assessment = try? Assessor.assess(answers, with: questionnaire) else { continue }
            let scores = search.scores(state)
            for (position, stance) in Stance.allCases.enumerated() {
                #expect(abs(assessment.fit.score(stance) - scores[position]) < 1e-9, "\(stance)")
            }
            #expect(search.ranking(search.evaluate(state.picks)) == assessment.ranking)
            #expect(search.evaluate(state.picks).asked == state.asked)
        }
    }

    @Test func aStanceThatCanOnlyTieIsNotConfirmed() throws {
        let text = try Load.text(Paths.fixture("Lint/unreachable.yaml"))
        let questionnaire = try Load.questionnaire(text, name: "unreachable.yaml")
        let search = WitnessSearch(questionnaire: questionnaire)
        let attempt = try #require(search.search(.proportionate, allowUnsure: true))
        #expect(!attempt.confirmed)
        #expect(attempt.closestRival == .assimilated)
        #expect(abs(attempt.lead) < 1e-6)
        #expect(try #require(search.search(.assimilated, allowUnsure: false)).confirmed)
    }

    @Test func followUpQuestionsAreAnsweredOnlyWhenAsked() throws {
        let text = try Load.text(Paths.fixture("Lint/clean.yaml"))
        let questionnaire = try Load.questionnaire(text, name: "clean.yaml")
        let search = WitnessSearch(questionnaire: questionnaire)
        let plg = try #require(search.search(.subservientProductLed, allowUnsure: false))
        let answers = search.answers(plg.picks, asked: search.evaluate(plg.picks).asked)
        #expect(answers["motion"]?.value == .choice("plg"))
        #expect(answers["deal_size"] == nil)
    }
}

/// The search's work is bounded and linear: each answer tried scores only what it changes, and
/// each climb spends at most ``WitnessSearch/climbBudget`` question scorings, so that linting a
/// questionnaire of thousands of questions grows with its length (10,000 questions took minutes).
@Suite struct WitnessSearchBudgetTests {
    /// A questionnaire of `count` copies of one question, each option leaning to one stance.
    static func repeated(_ count: Int) -> String {
        var text = TestQuestionnaire.preamble
        let stances = ["siloed", "assimilated", "subservient_sales_led", "subservient_product_led", "proportionate"]
        for number in 0..<count {
            text += """
                      - id: q\(number)
                        prompt: Question \(number)?
                        help: One of many.
                        type: single
                        options:

                """
            for (index, stance) in stances.enumerated() {
                text += """
                              - id: o\(index)
                                label: Option \(index)
                                weights:
                                  \(stance): 3
                                why: It leans one way.

                    """
            }
        }
        return text
    }

    @Test func aClimbOverThousandsOfQuestionsRunsInFull() throws {
        let questionnaire = try Load.questionnaire(Self.repeated(2_500), name: "many.yaml")
        let search = WitnessSearch(questionnaire: questionnaire)
        // Scoring every question for each answer tried, one pass of a climb (10,000 other
        // answers) alone would cost 25 million scorings, over the budget; in place, 10,000.
        #expect(search.items.count * 4 * search.items.count > WitnessSearch.climbBudget)
        let attempt = try #require(search.search(.proportionate, allowUnsure: false))
        #expect(!attempt.cutShort)
        #expect(attempt.confirmed)
    }

    @Test func theBuiltInQuestionnaireIsSearchedInFull() throws {
        let search = WitnessSearch(questionnaire: try Load.builtIn())
        for stance in Stance.allCases {
            #expect(try #require(search.search(stance, allowUnsure: false)).cutShort == false, "\(stance)")
        }
    }
}
