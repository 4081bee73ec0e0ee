extension InterviewRenderer {
    /// The review: one line per answer so far, numbered to change one, a page at a time when
    /// the terminal is too short for all of them. Right after a change made from it, only
    /// that change is confirmed, with the line that says what to do next.
    func review(_ interview: Interview, final: Bool) -> String {
        if let changed = interview.changedFromReview {
            return style.notice("  Changed: " + reviewLine(changed, interview).trimmingWhitespace()) + "\n"
                + style.dim(
                    wrap(
                        reviewFooter(interview, final: final, paged: false) + " Type review to see every answer.",
                        indent: 2))
        }
        let pages = interview.reviewPages
        let page = min(interview.reviewPage, pages.count - 1)
        var title = final ? "== Review: all your answers ==" : "== Review: your answers so far =="
        if pages.count > 1 { title += " (page \(page + 1) of \(pages.count))" }
        var out = "\n" + style.heading(title) + "\n"
        var section: String?
        for step in pages[page] {
            // Section headings in questionnaire order only: the adaptive order moves between
            // sections, and a heading before every other answer would say nothing.
            if !interview.adaptive, case .question(let id) = step, let question = interview.questionnaire.question(id),
                section != question.sectionID
            {
                section = question.sectionID
                let title =
                    interview.questionnaire.sections.first { $0.id == question.sectionID }?.title ?? question.sectionID
                out += "      " + style.dim("-- \(title) --") + "\n"
            }
            out += reviewLine(step, interview) + "\n"
        }
        if final, page == pages.count - 1, interview.notAsked > 0 {
            let count = interview.notAsked
            let needed = interview.stillNeeded
            let text =
                needed > 0
                ? "You finished early: the recommendation is settled, but \(needed == 1 ? "a question" : "up to \(needed) questions") "
                    + "that today's model, the plan, the readiness gates or a team brief would use "
                    + "\(needed == 1 ? "was" : "were") not asked, and the brief lists what they leave open. Type more "
                    + "to answer \(needed == 1 ? "it" : "them") now, or go on later with --resume."
                : interview.stage == .settled
                    ? "\(count) other question\(count == 1 ? " was" : "s were") not asked: the recommendation is "
                        + "settled and the plan has what it needs, so \(count == 1 ? "its answer" : "their answers") "
                        + "could change neither. Type more to answer \(count == 1 ? "it" : "them") too."
                    : "\(count) other question\(count == 1 ? " was" : "s were") not asked. Type more to answer "
                        + "\(count == 1 ? "it" : "them") too."
            out += style.dim(wrap(text, indent: 2))
        }
        out += style.dim(wrap(reviewFooter(interview, final: final, paged: page + 1 < pages.count), indent: 2))
        return out
    }

    /// The lines of a review page (section headings included) that fit a terminal of `rows`
    /// rows, leaving room for the title, the notes below and the prompt.
    static func reviewPageSize(rows: Int?) -> Int? {
        guard let rows else { return nil }
        return max(5, (rows - 8) * 3 / 4)
    }

    /// One answer on one line: its number (or field name), the prompt cut to fit, and the
    /// answer in bold.
    func reviewLine(_ step: InterviewStep, _ interview: Interview) -> String {
        guard case .question(let id) = step, let question = interview.questionnaire.question(id) else {
            let value = interview.value(of: step).map { respondentText($0, interview) } ?? "(left out)"
            let word = reviewWord(step)
            return "  " + word + String(repeating: " ", count: max(1, 14 - word.count)) + style.bold(value)
        }
        let number = String(interview.progress(id)?.number ?? 0)
        let lead = String(repeating: " ", count: max(0, 4 - number.count)) + number + "  "
        // The prompt in a column of its own, the answers aligned after it.
        let room = Self.width - lead.count - 2 - Self.reviewAnswerWidth
        let prompt = truncated(question.prompt, room)
        let answer = truncated(
            interview.answers[id].map { summary($0.value, question) } ?? "(not answered)", Self.reviewAnswerWidth)
        return lead + prompt + String(repeating: " ", count: room - prompt.count + 2) + style.bold(answer)
    }

    /// The width of the review's answer column.
    static let reviewAnswerWidth = 30

    /// What to type next on the review.
    private func reviewFooter(_ interview: Interview, final: Bool, paged: Bool) -> String {
        let ownWork = interview.questionnaire.answersOwnWorkOnly(interview.answers.respondent.role)
        let next: String
        if paged {
            next = "press Enter for the next page"
        } else if final, ownWork {
            next = "press Enter to finish: your answers are saved for the team brief"
        } else if final {
            next = "press Enter to finish: your answers are saved and the recommendation is shown"
        } else if case .question(let id)? = interview.reviewOrigin, let progress = interview.progress(id) {
            next = "press Enter to go on with question \(progress.number) of \(progress.total)"
        } else {
            next = "press Enter to go on where you were"
        }
        return "Type a question's number (or name, role, organisation) to change that answer, or \(next)."
    }

    /// The word that picks a respondent field on the review.
    private func reviewWord(_ step: InterviewStep) -> String {
        switch step {
        case .name: "name"
        case .role: "role"
        case .organisation: "organisation"
        case .question(let id): id
        }
    }

    private func respondentText(_ value: StepValue, _ interview: Interview) -> String {
        switch value {
        case .text(let text): truncated(text, Self.width - 24)
        case .role(let id): interview.questionnaire.role(id)?.label ?? id
        case .answer: ""
        }
    }

    func truncated(_ text: String, _ width: Int) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ").visibleControls
        return line.count > width ? String(line.prefix(max(1, width - 1))) + "…" : line
    }

    /// What a reply longer than ``Terminal/maximumLineBytes`` gets.
    var tooLongNotice: String {
        style.problem(
            wrap(
                "! Not accepted: a reply may be at most \(Terminal.maximumLineBytes >> 20) MiB long; type a "
                    + "shorter one.",
                indent: 2, firstPrefix: ""))
    }

    /// What the notices of a reply say.
    func notices(_ notices: [InterviewNotice], _ interview: Interview) -> String {
        var out = ""
        for notice in notices {
            switch notice {
            case .problem(let problem):
                out += style.problem(wrap("! Not accepted: \(problem.message)", indent: 2, firstPrefix: ""))
                if let help = problem.help { out += wrap(help, indent: 2, firstPrefix: "  ") }
            case .help:
                out += help(interview)
            case .firstStep:
                out += style.problem("! This is the first question; there is nothing before it.") + "\n"
            case .dropped(let ids):
                for id in ids {
                    let question = interview.questionnaire.question(id)
                    let reads = (question?.condition?.clauses ?? []).compactMap {
                        interview.questionnaire.question($0.questionID).map { "“\($0.prompt)”" }
                    }
                    let because = reads.isEmpty ? "" : " with other answers to \(reads.joined(separator: " and "))"
                    out += style.notice(
                        wrap(
                            "- Removed your answer to “\(question?.prompt ?? id)”: that question applies only"
                                + "\(because).",
                            indent: 2, firstPrefix: ""))
                }
            case .appeared(let ids):
                let planned = Set(
                    interview.order.compactMap { step -> String? in
                        if case .question(let id) = step { id } else { nil }
                    })
                for id in ids {
                    let prompt = interview.questionnaire.question(id)?.prompt ?? id
                    let when =
                        planned.contains(id)
                        ? "it is asked later in this interview"
                        : "the brief does not need it; type more at the review to answer it"
                    out += style.notice(
                        wrap(
                            "- Because of this answer, one more question applies: “\(prompt)” (\(when)).", indent: 2,
                            firstPrefix: ""))
                }
            case .cleared:
                out += style.notice("- Your earlier answer is removed; the question is left open.") + "\n"
            case .readAs(let id, let value, let typed):
                let unit = interview.questionnaire.question(id).flatMap { question -> String? in
                    if case .number(_, _, let unit) = question.kind { return unit } else { return nil }
                }
                let shown = unit.map { $0 == "%" ? "\(value.readable)%" : "\(value.readable) \($0)" } ?? value.readable
                let range = ["–", " to ", "-"].contains { typed.dropFirst().contains($0) }
                out += style.notice(
                    wrap(
                        "- Read as \(shown)\(range ? ", the middle of \(typed)" : " (\(typed))").", indent: 2,
                        firstPrefix: ""))
            }
        }
        return out
    }

    /// The help for the screen shown.
    private func help(_ interview: Interview) -> String {
        let finish =
            interview.stage == .settled
            ? " finish goes to the final review now, and the brief says what is left open." : ""
        let commands =
            "Commands: ? help, back, review, quit; skip and unsure where allowed. Ctrl-C saves and stops.\(finish)"
        switch interview.screen {
        case .asking(.question(let id)):
            guard let question = interview.questionnaire.question(id) else { return "" }
            var out = wrap("Why it matters: " + question.help.reflowed, indent: 4, firstPrefix: "  ")
            out += wrap("Accepts: \(Self.accepts(question)).", indent: 4, firstPrefix: "  ")
            if let condition = question.condition {
                out += wrap("Asked only when \(condition.summary).", indent: 4, firstPrefix: "  ")
            }
            return out + style.dim(wrap(commands, indent: 2))
        case .asking(let step):
            let text =
                switch step {
                case .name: "Your name appears in a team brief beside your answers. Leave it out to stay anonymous."
                case .role:
                    "Your role lets a team brief compare executives with practitioners, and marketing with sales. "
                        + "Type its number."
                default: "The organisation the answers describe; the brief names it on its first page."
                }
            return wrap(text, indent: 2, firstPrefix: "  ") + style.dim(wrap(commands, indent: 2))
        case .review:
            return wrap(
                "Type a question's number, or name, role or organisation, to change that answer; you come back here "
                    + "afterwards. "
                    + "Press Enter to go on, or type quit to save and stop.", indent: 2, firstPrefix: "  ")
        case .finished, .quit:
            return ""
        }
    }
}

extension InterviewRenderer {
    /// What a question accepts, in the words of the screen: option numbers, never option ids
    /// (which an answers file uses, ``AnswerReader/expected(_:)``).
    static func accepts(_ question: Question) -> String {
        let unsure = question.unsureAllowed ? ", or unsure" : ""
        let count = question.options.count
        switch question.kind {
        case .single, .yesNo:
            return "the number of one option, 1 to \(count)\(question.kind == .yesNo ? " (or y or n)" : "")\(unsure)"
        case .multiple:
            return "the numbers of one or more options, 1 to \(count), separated by commas\(unsure)"
        case .text, .number, .scale:
            return AnswerReader.expected(question)
        }
    }
}
