/// A comparison as JSON: schema `paradigm-advisor/compare/2`, documented in
/// `docs/json-format.md`. Keys come in a fixed order.
package struct CompareJSON: Sendable {
    /// The schema id and version every comparison document carries.
    package static let schema = "paradigm-advisor/compare/2"

    let comparison: Comparison
    let date: String

    /// Creates a writer.
    package init(comparison: Comparison, date: String) {
        self.comparison = comparison
        self.date = date
    }

    /// The whole document as text.
    package func render() -> String { document().rendered }

    /// The whole document.
    package func document() -> JSONValue {
        let (before, after) = (comparison.before, comparison.after)
        let questionnaire = after.questionnaire
        func side(_ assessment: Assessment) -> JSONValue {
            .object([
                ("answers_file", .string(assessment.answers.sourceName)),
                ("organisation", .text(assessment.answers.respondent.organisation)),
                ("recommendation", .string(assessment.recommendation.rawValue)),
                ("paradigm", .string(assessment.recommendation.paradigm.rawValue)),
                ("direction", .text(assessment.recommendation.direction?.rawValue)),
                ("margin", .number(assessment.confidence.margin)),
                ("as_is", .text(assessment.isUndefined ? "undefined" : assessment.asIs?.rawValue)),
                ("scores", BriefJSON.scores(assessment)),
            ])
        }
        let attribution: JSONValue =
            switch comparison.attribution {
            case .exactShapley: .object([("method", .string("exact_shapley"))])
            case .sampledShapley(let orders):
                .object([("method", .string("sampled_shapley")), ("orders", .number(Double(orders)))])
            }
        return .object([
            ("schema", .string(Self.schema)),
            ("generator", .object([("name", .string("paradigm")), ("version", .string(ProductVersion.current))])),
            ("date", .string(date)),
            (
                "questionnaire",
                .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version))])
            ),
            ("before", side(before)),
            ("after", side(after)),
            ("recommendation_changed", .bool(Outcome(before) != Outcome(after))),
            (
                "changes",
                .array(
                    Stance.allCases.map { stance in
                        .object([
                            ("stance", .string(stance.rawValue)),
                            ("fit", .number(comparison.fitChange(stance))),
                            (
                                "as_is",
                                before.today.hasEvidence && after.today.hasEvidence
                                    ? .number(comparison.asIsChange(stance)) : .null
                            ),
                        ])
                    })
            ),
            ("attribution", attribution),
            (
                "changed_answers",
                .array(
                    comparison.changes.map { change in
                        func perParadigm(_ values: [Double]) -> JSONValue {
                            .object(zip(Stance.allCases, values).map { ($0.rawValue, .number($1)) })
                        }
                        return .object([
                            ("question", .string(change.questionID)),
                            ("before", BriefJSON.value(change.before)),
                            ("after", BriefJSON.value(change.after)),
                            ("fit_share", perParadigm(change.fit)),
                            ("as_is_share", perParadigm(change.asIs)),
                        ])
                    })
            ),
            ("changed_text", .array(comparison.changedText.map { .string($0) })),
        ])
    }
}
