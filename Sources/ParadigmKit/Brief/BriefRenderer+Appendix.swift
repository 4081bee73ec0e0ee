extension BriefRenderer {
    func answersAppendix(_ md: inout Markdown) {
        md.heading(2, "Appendix A: every answer")
        let respondent = assessment.answers.respondent
        var who: [String] = []
        if let name = respondent.name { who.append("Respondent: \(Markdown.escape(name))") }
        if let role = respondent.role {
            who.append("Role: \(Markdown.escape(questionnaire.role(role)?.label ?? role))")
        }
        who.append("Organisation: \(Markdown.escape(organisation ?? "not named"))")
        who.append("Answers file: \(Markdown.escape(assessment.answers.fileName))")
        md.bullets(who)
        for section in questionnaire.sections {
            md.heading(3, section.title)
            var rows: [[String]] = []
            var notes: [(Question, String)] = []
            for question in section.questions {
                let applies = assessment.answers.applies(question)
                if case .text(let text)? = assessment.answers[question.id]?.value,
                    text.contains("\n")
                {
                    notes.append((question, text))
                    rows.append(["`\(question.id)`", question.prompt, "see below"])
                } else {
                    rows.append(["`\(question.id)`", question.prompt, applies ? answerText(question) : "not asked"])
                }
            }
            md.table(["Id", "Question", "Answer"], alignments: [.left, .left, .left], rows)
            for (question, text) in notes {
                md.line("**\(question.prompt)**")
                md.line()
                md.paragraph(Markdown.quoteBlock(text))
            }
        }
    }

    func methodAppendix(_ md: inout Markdown) {
        md.heading(2, "Appendix B: method")
        md.paragraph(texts.interpretation)
        md.paragraph(
            """
            **Formula.** Each option of each question carries a weight for each of the five \
            candidate models (the four paradigms, subservient in each of its two directions), and \
            each question an importance multiplier. For candidate *p*, an answered question adds \
            importance × (weight of the chosen option), with the mean of the chosen options for \
            multiple choice. Its floor and ceiling are importance × the lowest and highest weight any \
            answer to that question could have given. The score is 100 × (points – floor) ÷ \
            (ceiling – floor), each summed over the questions actually answered, so unanswered and unsure \
            questions neither help nor hurt. Fit counts only the questions about the market, buyers, \
            deal economics and goals; the two directions of subservient are ranked as candidates of \
            their own, never merged.
            """)
        md.paragraph(
            """
            **As-is.** The same formula with each option's *today* weights, over the questions about \
            current structure and practice, gives the as-is scores; the as-is model is named when \
            at least \(Assessor.minimumPracticeAnswers) such questions are answered, unless the answers \
            show no deliberate model at all (no written lead definition, no agreed handoff, blame), \
            which the brief calls undefined rather than siloed.
            """)
        md.paragraph(
            """
            **Gates.** A readiness gate fires when every answer it names matches. It never changes \
            fit; it caps the ready-now score of the models it holds back. Capability and intent \
            (trust, the marketing leader's voice, marketing's capacity, a revenue leader planned, \
            appetite for change) act only through gates. A gate about appetite for change spares \
            today's model and caps a move further from it lower.
            """)
        md.paragraph(
            """
            **Confidence.** The margin is the recommendation's fit score minus the runner-up's: 15 \
            points or more is clear, 8 to 15 moderate, under 8 close. The call is weakened to at \
            most moderate when settling the unsure answers could change the recommendation or when \
            it wins fewer than 90% of the robustness draws, and to close when one answer a single \
            step away (a neighbouring band, scale point or option) would change it or when it wins \
            fewer than 70% of the draws. \
            **Ties.** \(Assessor.tieBreakRule)
            """)
        md.paragraph(
            "**Fit trace.** Each cell is importance (×) times the chosen weight; the answers are in Appendix A. Sum "
                + "each column, do the same for the floors and ceilings below it, and apply the formula to get the "
                + "fit scores above."
        )
        trace(assessment.fit, &md)
        if assessment.today.hasEvidence {
            md.paragraph("**As-is trace.** The same, with the *today* weights of the questions about current practice.")
            trace(assessment.today, &md)
        }
        md.paragraph("**How to read this.** \(texts.methodCaveat)")
    }

    /// A trace as two tables narrow enough for a portrait page: the points each answered
    /// question gives each candidate (with the totals and scores), then each question's floor
    /// and ceiling. The answers themselves are in Appendix A.
    private func trace(_ fit: ScoreSet, _ md: inout Markdown) {
        let stances = Stance.allCases
        let header = ["Siloed", "Assimilated", "Subservient (sales-led)", "Subservient (product-led)", "Proportionate"]
        var points: [[String]] = fit.contributions.map { contribution in
            ["`\(contribution.questionID)`", contribution.questionWeight.plain]
                + stances.map { contribution.points($0).traceNumber }
        }
        points.append(["**Total**", ""] + stances.map { (fit.stances[$0]?.points ?? 0).traceNumber })
        points.append(["**Score**", ""] + stances.map { "**\(fit.score($0).oneDecimal)**" })
        md.table(["Question", "×"] + header, alignments: [.left, .right] + stances.map { _ in .right }, points)
        md.paragraph("Floor and ceiling of each question, [least, most] points any answer could have given:")
        var ranges: [[String]] = fit.contributions.map { contribution in
            ["`\(contribution.questionID)`"]
                + stances.map { stance in
                    "[\(contribution.floor(stance).traceNumber), \(contribution.ceiling(stance).traceNumber)]"
                }
        }
        ranges.append(
            ["**Total**"]
                + stances.map { stance in
                    let total = fit.stances[stance]
                    return "[\((total?.floor ?? 0).traceNumber), \((total?.ceiling ?? 0).traceNumber)]"
                })
        md.table(["Question"] + header, alignments: [.left] + stances.map { _ in .right }, ranges)
    }

    func sources(_ md: inout Markdown) {
        let listed = listedSources
        guard !listed.isEmpty else { return }
        md.heading(2, "Sources")
        // Each source as the body cites it: who, where and when, with its caveat; the full
        // brief's research section gives the findings.
        md.numbered(
            listed.map { statistic in
                var line = "\(statistic.source). <\(statistic.url)>"
                if let note = statistic.note { line += " \(note)" }
                return line
            })
    }

    /// The method in a few paragraphs, for the concise brief.
    func methodSummary(_ md: inout Markdown) {
        md.heading(2, "Appendix: the method in brief")
        md.paragraph(texts.interpretation)
        md.paragraph(
            """
            Each answer about the market, buyers and economics leans towards some of the five \
            candidate models; fit is 100 × (points – floor) ÷ (ceiling – floor) over the questions \
            answered. Today's structure and practice give the as-is reading, never fit; readiness \
            gates cap a model that is not ready. The plan, the scorecard and the costs come from \
            `Questionnaires/operating-model.yaml` and `Questionnaires/paradigms.yaml`; `--detail \
            full` adds every answer, trace and check.
            """)
    }
}

extension Double {
    /// Trace numbers: whole numbers plain, others to two decimals.
    var traceNumber: String {
        if self == rounded() { return plain }
        let hundredths = (self * 100).rounded() / 100
        return hundredths == hundredths.rounded() ? hundredths.plain : String(hundredths)
    }
}
