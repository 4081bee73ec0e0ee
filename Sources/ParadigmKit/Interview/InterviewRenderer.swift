/// What the interview prints: the opening, each screen with its section introduction and
/// `[n/N]` progress, numbered options with `*` on the current answer, hints, notices and the
/// review. Text only; ``InterviewSession`` writes it.
package struct InterviewRenderer: Sendable {
    /// Lines are wrapped to this many characters.
    static let width = 78

    let style: Style
    /// The answers file as the respondent named it, for messages.
    let path: String
    /// The section whose introduction was shown last (`""` for the respondent fields), so that
    /// it is shown once when the interview enters a section, not before every question.
    private(set) var shownSection: String?
    /// The sections whose introduction was shown: in adaptive order a section comes back, and
    /// its introduction is not repeated.
    private(set) var introduced: Set<String> = []

    init(style: Style, path: String) {
        self.style = style
        self.path = path.visibleControls
    }

    /// The prompt marker the respondent types after.
    var prompt: String { style.bold("> ") }

    /// The opening of a new interview, or of a resumed one.
    func opening(_ interview: Interview, resuming: Bool) -> String {
        let questionnaire = interview.questionnaire
        var out =
            style.bold("Paradigm Advisor interview: \(questionnaire.title) (version \(questionnaire.version))") + "\n"
        if resuming {
            out += paragraph(resumeSummary(interview))
        } else {
            let count = interview.applicableQuestions.count
            let routed = questionnaire.questions.filter {
                questionnaire.asks($0, roleID: interview.answers.respondent.role)
            }
            let conditional = routed.count - count
            let sections = Set(routed.map(\.sectionID)).count
            out += paragraph(
                "\(count) questions in \(sections) section\(sections == 1 ? "" : "s")"
                    + (conditional > 0 ? ", and up to \(conditional) more that depend on your answers" : "")
                    + ". Each answer is saved to \(path) at once, so you can stop at any time and go on later.")
        }
        out += style.dim(
            paragraph(
                "At any prompt: ? explains the question, back goes to the previous one, review lists your answers to "
                    + "change one, "
                    + "quit saves and stops (so does Ctrl-C). Where a question allows it, skip leaves it open and "
                    + "unsure says you do not know."
                    + (interview.adaptive
                        && !interview.questionnaire.answersOwnWorkOnly(interview.answers.respondent.role)
                        ? " Once the recommendation is settled, finish stops early." : "")
            ))
        return out
    }

    private func resumeSummary(_ interview: Interview) -> String {
        let answers = interview.answers
        let who = [
            answers.respondent.name, answers.respondent.role.flatMap { interview.questionnaire.role($0)?.label },
            answers.respondent.organisation,
        ].compactMap { $0?.visibleControls }
        let questions = interview.applicableQuestions
        let answered = questions.filter { answers[$0.id] != nil }.count
        let unsure = questions.filter { answers[$0.id]?.value == .unsure }.count
        var text = "Resuming \(path)" + (who.isEmpty ? "" : ": \(who.joined(separator: ", "))") + ". "
        text +=
            "\(answered) of \(questions.count) questions answered" + (unsure > 0 ? " (\(unsure) unsure)" : "") + ". "
        switch interview.screen {
        case .asking(let step):
            text +=
                "Going on with the first one still open" + (step.isQuestion ? "." : ": \(label(step).lowercasedFirst).")
        default: text += "Every question is answered; here is the review."
        }
        return text
    }

    /// The screen the interview shows now, with a section introduction when it enters a new one.
    mutating func screen(_ interview: Interview) -> String {
        switch interview.screen {
        case .asking(let step): return asking(step, interview)
        case .review(let final):
            shownSection = nil
            return review(interview, final: final)
        case .finished, .quit: return ""
        }
    }

    private mutating func asking(_ step: InterviewStep, _ interview: Interview) -> String {
        var out = ""
        guard case .question(let id) = step, let question = interview.questionnaire.question(id) else {
            if shownSection != "" {
                shownSection = ""
                out += "\n" + style.heading("== About you ==") + "\n"
                out += paragraph(
                    "Who is answering. Your role and organisation go into the answers file; a team brief compares "
                        + "answers by role."
                )
            }
            return out + "\n" + respondent(step, interview)
        }
        if shownSection != question.sectionID,
            let section = interview.questionnaire.sections.first(where: { $0.id == question.sectionID })
        {
            shownSection = section.id
            out += "\n" + style.heading("== \(section.title) ==") + "\n"
            if !section.intro.isEmpty, introduced.insert(section.id).inserted {
                out += paragraph(section.intro.reflowed)
            }
        }
        switch interview.stage {
        case .settled?:
            let plan: String
            switch interview.elementsShown {
            case let (shown, count)? where shown < count:
                plan =
                    " What follows fills in the plan: so far the answers show where \(shown) of the \(count) things "
                    + "this model needs stand today."
            case let (_, count)?:
                plan =
                    " The answers show where all \(count) things this model needs stand today; what follows is for "
                    + "today's picture, the readiness checks and a team brief."
            case nil:
                plan = " What follows is for the plan and the brief."
            }
            let on = interview.settledOn.map { " on \($0.model) (\($0.verdict))" } ?? ""
            out += style.dim(
                wrap(
                    "Settled\(on): no answer to the questions still open could change it.\(plan) Type finish to stop "
                        + "here.",
                    indent: 0))
        case .open(let count)? where !interview.asked.isEmpty:
            out += style.dim(
                wrap(
                    "Not settled yet: \(count) open question\(count == 1 ? "" : "s") could still change the "
                        + "recommendation.",
                    indent: 0))
        default:
            break
        }
        let progress = interview.progress(id).map { "[\($0.number)/\($0.total)] " } ?? ""
        out += "\n" + wrap(progress + question.prompt, indent: 0, first: { style.bold($0) })
        out += options(question, chosen: interview.defaultValue(id)?.optionIDs ?? [])
        out += style.dim(wrap(hint(question, interview), indent: 2))
        return out
    }

    private func respondent(_ step: InterviewStep, _ interview: Interview) -> String {
        let current = interview.value(of: step)
        switch step {
        case .name:
            let keep = current.map { "; Enter keeps \(quoted($0))" } ?? "; press Enter to leave it out"
            return style.bold("Your name") + "\n" + style.dim("  Optional\(keep).") + "\n"
        case .role:
            var out = style.bold("Your role") + "\n"
            let roles = interview.questionnaire.roles
            for (index, role) in roles.enumerated() {
                out += optionLine(index + 1, role.label, chosen: current == .role(role.id))
            }
            let position = roles.firstIndex { current == .role($0.id) }.map { "; Enter keeps \($0 + 1)" } ?? ""
            return out + style.dim("  Type a number from 1 to \(roles.count)\(position).") + "\n"
        case .organisation:
            let keep = current.map { "; Enter keeps \(quoted($0))" } ?? ""
            return style.bold("The organisation these answers describe") + "\n"
                + style.dim("  Its name, as the brief should print it\(keep).") + "\n"
        case .question:
            return ""
        }
    }
}
