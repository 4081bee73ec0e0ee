/// The brief as JSON for dashboards and other programs: schema `paradigm-advisor/brief/3`,
/// documented field by field in `docs/json-format.md`. Keys come in a fixed order.
public struct BriefJSON: Sendable {
    /// The schema id and version every document carries.
    public static let schema = "paradigm-advisor/brief/3"

    let analysis: BriefAnalysis
    let options: BriefOptions
    var assessment: Assessment { analysis.assessment }

    /// Creates a writer.
    public init(analysis: BriefAnalysis, options: BriefOptions) {
        self.analysis = analysis
        self.options = options
    }

    /// The whole document as text.
    public func render() -> String { document().rendered }

    /// The whole document.
    package func document() -> JSONValue {
        let sensitivity = analysis.sensitivity
        let questionnaire = assessment.questionnaire
        let respondent = assessment.answers.respondent
        return .object([
            ("schema", .string(Self.schema)),
            ("generator", .object([("name", .string("paradigm")), ("version", .string(ProductVersion.current))])),
            ("date", .string(options.date)),
            (
                "questionnaire",
                .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version))])
            ),
            ("answers_file", .string(assessment.answers.sourceName)),
            (
                "respondent",
                .object([
                    ("name", .text(respondent.name)), ("role", .text(respondent.role)),
                    ("organisation", .text(respondent.organisation)),
                ])
            ),
            ("overrides", .array(options.overrides.map(Self.override))),
            ("recommendation", recommendation(analysis.statement)),
            ("scores", Self.scores(assessment)),
            (
                "contributions",
                .object([
                    ("fit", .array(assessment.fit.contributions.map(Self.contribution))),
                    ("as_is", .array(assessment.today.contributions.map(Self.contribution))),
                ])
            ),
            ("gates", .array(assessment.firedGates.map(gate))),
            ("gates_unanswered", .array(analysis.openReadiness.map { .string($0.id) })),
            (
                "answers",
                .array(
                    questionnaire.questions.compactMap { question in
                        assessment.answers[question.id].map { answer in
                            .object([
                                ("question", .string(question.id)),
                                ("applies", .bool(assessment.answers.applies(question))),
                                ("value", Self.value(answer.value)),
                            ])
                        }
                    })
            ),
            ("sensitivity", Self.sensitivity(sensitivity)),
            (
                "operating_model",
                analysis.review.map(Self.review) ?? .null
            ),
            ("statements", Self.statements(BriefRenderer(analysis: analysis, options: options).document())),
        ])
    }

    /// Every statement the Markdown brief makes about the organisation or as the tool's
    /// interpretation, in order, with the section it stands in and the answers it rests on.
    static func statements(_ document: BriefDocument) -> JSONValue {
        var section = ""
        var out: [JSONValue] = []
        for block in document.blocks {
            if case .heading(_, let text, _) = block { section = text }
            for (text, grounds) in block.statements {
                let basis: JSONValue
                switch grounds {
                case .none: continue
                case .interpretation: basis = .string("interpretation")
                case .answers(let answers):
                    basis = .array(
                        answers.map { .object([("question", .string($0.questionID)), ("value", value($0.value))]) })
                }
                out.append(.object([("section", .string(section)), ("text", .string(text)), ("grounds", basis)]))
            }
        }
        return .array(out)
    }

    /// The element states, the plan and the journey map for the recommended model.
    static func review(_ review: OperatingModelReview) -> JSONValue {
        .object([
            ("target", .string(review.target.rawValue)),
            ("small_company", .bool(review.isSmall)),
            (
                "elements",
                .array(
                    review.elements.map { item in
                        .object([
                            ("element", .string(item.element.id)), ("state", .string(item.state.rawValue)),
                            ("evidence", .array(item.evidence.map { .string($0) })),
                        ])
                    })
            ),
            (
                "plan",
                .array(
                    review.steps.map { step in
                        .object([
                            ("element", .string(step.element.id)), ("state", .string(step.state.rawValue)),
                            ("phase", .number(Double(step.phase))), ("action", .string(step.action)),
                            ("owner", .string(step.owner)), ("with", .array(step.with.map { .string($0) })),
                            ("result", .text(step.result)), ("waits_for_hire", .bool(step.waitsForHire)),
                            ("grounds", .array(step.grounds.uniqued.map { .string($0) })),
                        ])
                    })
            ),
            ("check_first", .array(review.checkFirst.map { .string($0.element.id) })),
            (
                "journey",
                .array(
                    review.journey.map { row in
                        .object([
                            ("stage", .string(row.stage.rawValue)), ("today", .text(row.today)),
                            ("accountable", .string(row.accountable)),
                            ("contributes", .array(row.contributes.map { .string($0) })),
                            ("grounds", .array(row.grounds.uniqued.map { .string($0) })),
                        ])
                    })
            ),
        ])
    }

    private func recommendation(_ statement: ConfidenceStatement) -> JSONValue {
        let confidence = assessment.confidence
        return .object([
            ("stance", .string(assessment.recommendation.rawValue)),
            ("paradigm", .string(assessment.recommendation.paradigm.rawValue)),
            ("direction", .text(assessment.recommendation.direction?.rawValue)),
            ("runner_up", .string(assessment.runnerUp.rawValue)),
            (
                "confidence",
                .object([
                    ("margin", .number(confidence.margin)), ("label", .string(statement.call.rawValue)),
                    ("call", .string(statement.call.rawValue)),
                    (
                        "caveats",
                        .array(
                            statement.caveats.map { caveat in
                                switch caveat {
                                case .unsureCouldChange: .string("unsure_could_change")
                                case .oneStepAway: .string("one_step_away")
                                case .judgementCalls: .string("judgement_calls")
                                }
                            })
                    ),
                    ("deciding_questions", .array(statement.decidingQuestions.map { .string($0) })),
                ])
            ),
            ("best_ready_now", .string(assessment.bestReadyNow.rawValue)),
            ("as_is", .text(assessment.isUndefined ? "undefined" : assessment.asIs?.rawValue)),
            (
                "depth",
                analysis.depth.map { depth in
                    .object([
                        ("stage", .string(depth.stage.id)), ("score", .number(depth.score)),
                        ("statements_answered", .number(Double(depth.scored.count))),
                    ])
                } ?? .null
            ),
            ("as_is_unanswered", .array(analysis.asIsOpen.map { .string($0.id) })),
            ("closest_practice", .text(assessment.closestPractice?.rawValue)),
            ("ranking", .array(assessment.ranking.map { .string($0.rawValue) })),
        ])
    }

    /// Each candidate model's scores.
    static func scores(_ assessment: Assessment) -> JSONValue {
        let hasToday = assessment.today.hasEvidence
        return .object([
            (
                "stances",
                .array(
                    Stance.allCases.map { stance in
                        let fit = assessment.fit.stances[stance]
                        return .object([
                            ("stance", .string(stance.rawValue)),
                            ("paradigm", .string(stance.paradigm.rawValue)),
                            ("direction", .text(stance.direction?.rawValue)),
                            ("fit", .number(assessment.fit.score(stance))),
                            ("ready_now", .number(assessment.readyNow(stance))),
                            ("as_is", hasToday ? .number(assessment.today.score(stance)) : .null),
                            ("points", .number(fit?.points ?? 0)),
                            ("floor", .number(fit?.floor ?? 0)),
                            ("ceiling", .number(fit?.ceiling ?? 0)),
                        ])
                    })
            )
        ])
    }

    static func contribution(_ contribution: Contribution) -> JSONValue {
        func perStance(_ value: (Stance) -> Double) -> JSONValue {
            .object(Stance.allCases.map { ($0.rawValue, .number(value($0))) })
        }
        return .object([
            ("question", .string(contribution.questionID)),
            ("options", .array(contribution.optionIDs.map { .string($0) })),
            ("importance", .number(contribution.questionWeight)),
            ("points", perStance(contribution.points)),
            ("floor", perStance(contribution.floor)),
            ("ceiling", perStance(contribution.ceiling)),
        ])
    }

    private func gate(_ gate: Gate) -> JSONValue {
        let held = Stance.allCases.compactMap { stance in assessment.cap(of: gate, for: stance).map { (stance, $0) } }
        return .object([
            ("id", .string(gate.id)),
            ("title", .string(gate.title)),
            (
                "caps",
                .array(
                    held.map { stance, cap in
                        .object([("stance", .string(stance.rawValue)), ("cap", .number(cap))])
                    })
            ),
            ("holds_back_recommendation", .bool(assessment.cap(of: gate, for: assessment.recommendation) != nil)),
        ])
    }

    /// An answer value: `{"kind": "choice", "options": [...]}` and so on; `null` for none.
    static func value(_ value: AnswerValue?) -> JSONValue {
        guard let value else { return .null }
        switch value {
        case .choice(let id): return .object([("kind", .string("choice")), ("options", .array([.string(id)]))])
        case .choices(let ids):
            return .object([("kind", .string("choices")), ("options", .array(ids.map { .string($0) }))])
        case .number(let number, let band):
            return .object([
                ("kind", .string("number")), ("number", .number(number)), ("options", .array([.string(band)])),
            ])
        case .text(let text): return .object([("kind", .string("text")), ("text", .string(text))])
        case .unsure: return .object([("kind", .string("unsure"))])
        }
    }

    private static func override(_ change: AnswerOverride) -> JSONValue {
        .object([
            ("question", .string(change.questionID)),
            ("original", value(change.original)),
            ("value", value(change.value)),
            ("dropped", .array(change.dropped.map { .string($0) })),
        ])
    }

    private static func sensitivity(_ sensitivity: Sensitivity) -> JSONValue {
        let robustness = sensitivity.robustness
        let settings = robustness.settings
        func flip(_ flip: WeightRobustness.WeightFlip) -> JSONValue {
            .object([
                ("question", .string(flip.questionID)), ("importance", .number(flip.weight)),
                ("threshold", .number(flip.threshold)), ("relative_change", .number(flip.relativeChange)),
                ("outcome", .string(flip.outcome.id)),
            ])
        }
        let unsure = sensitivity.unsure
        return .object([
            (
                "pivotal_answers",
                .array(
                    sensitivity.pivotalAnswers.map { pivot in
                        .object([
                            ("question", .string(pivot.questionID)),
                            ("given", value(pivot.given)),
                            ("alternative", value(pivot.alternative)),
                            ("steps", .number(Double(pivot.steps))),
                            ("dropped", .array(pivot.dropped.map { .string($0) })),
                            ("answers_changed", .number(Double(pivot.answersChanged))),
                            ("outcome", .string(pivot.outcome.id)),
                            ("margin", .number(pivot.margin)),
                        ])
                    })
            ),
            (
                "weight_robustness",
                .object([
                    ("draws", .number(Double(settings.draws))),
                    ("spread", .number(settings.spread)),
                    ("option_spread", .number(settings.optionSpread)),
                    ("seed", .number(Double(settings.seed))),
                    (
                        "wins",
                        .array(
                            robustness.wins.map { win in
                                .object([
                                    ("outcome", .string(win.outcome.id)), ("draws", .number(Double(win.draws))),
                                    ("share", .number(Double(win.draws) / Double(max(1, settings.draws)))),
                                ])
                            })
                    ),
                    ("nearest_flip", robustness.nearestFlip.map(flip) ?? .null),
                    ("flips", .array(robustness.flips.map(flip))),
                ])
            ),
            (
                "unsure",
                .object([
                    ("questions", .array(unsure.questionIDs.map { .string($0) })),
                    (
                        "ranges",
                        .array(
                            unsure.spans.map { span in
                                .object([
                                    ("stance", .string(span.stance.rawValue)), ("current", .number(span.current)),
                                    ("lowest", .number(span.lowest)), ("highest", .number(span.highest)),
                                ])
                            })
                    ),
                    ("verdict", verdict(unsure.verdict)),
                ])
            ),
        ])
    }

    private static func verdict(_ verdict: UnsureRange.Verdict) -> JSONValue {
        switch verdict {
        case .nothingUnsure: .object([("holds", .bool(true)), ("proof", .string("nothing_unsure"))])
        case .holdsByRange: .object([("holds", .bool(true)), ("proof", .string("ranges"))])
        case .holdsInEveryCombination(let count):
            .object([
                ("holds", .bool(true)), ("proof", .string("every_combination")),
                ("combinations", .number(Double(count))),
            ])
        case .changes(let count, let outcomes):
            .object([
                ("holds", .bool(false)), ("proof", .string("every_combination")),
                ("combinations", .number(Double(count))),
                (
                    "outcomes",
                    .array(
                        outcomes.sorted { $0.key < $1.key }.map {
                            .object([("outcome", .string($0.key.id)), ("combinations", .number(Double($0.value)))])
                        })
                ),
            ])
        case .mayChange(let count):
            .object([("holds", .null), ("proof", .string("too_many_combinations")), ("combinations", .number(count))])
        }
    }
}
