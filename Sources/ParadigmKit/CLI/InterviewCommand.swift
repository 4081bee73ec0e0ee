import Foundation

/// `paradigm interview`: the questionnaire as a conversation in the terminal, ending with an
/// answers file, the recommendation in three lines and, if asked for, the brief.
enum InterviewCommand {
    static let output = OptionSpec(
        ["-o", "--output"], .value, valueName: "answers",
        help: "The answers file to write; it is saved after every answer.", defaultValue: "answers.yaml")
    static let resume = OptionSpec(
        ["--resume"], .value, valueName: "answers",
        help:
            "Go on with an answers file from an earlier interview (or filled in by hand) at its first open question; "
            + "it is saved in place unless -o names another file."
    )
    static let brief = OptionSpec(
        ["--brief"], .value, valueName: "file", help: "At the end, also write the recommendation brief to this file.")
    static let force = OptionSpec(
        ["--force"], help: "Replace the answers file or the brief if it exists (the answers in it are lost).")
    static let noColor = OptionSpec(["--no-color"], help: "Write no colours (NO_COLOR=1 and TERM=dumb do the same).")
    static let all = OptionSpec(
        ["--all"],
        help:
            "Ask every question in questionnaire order, instead of the most decisive first until the recommendation "
            + "is settled."
    )

    static let role = OptionSpec(
        ["--role"], .value, valueName: "role",
        help:
            "The respondent's role, by id (ceo, cmo, cro, revops, marketing_team, sales_team, other in the built-in "
            + "questionnaire); it is not asked. A sales or marketing team member is asked only about their own "
            + "work and their view of the relationship, about a dozen questions."
    )

    static let spec = CommandSpec(
        name: "interview",
        abstract: "Walk through the questionnaire in the terminal and write an answers file.",
        discussion: """
            Asks who you are, then the most decisive open question first, until the
            recommendation is settled: proven to hold whatever the questions not yet answered
            would be (it says so in one line). Then it asks only what the brief still needs: the
            questions whose answers could still change today's model, the plan, who owns each
            step or the readiness gates, and the perception questions. It offers the rest at the
            review ('more'). '--all' asks every question in questionnaire order instead.
            With '--role sales_team' or '--role marketing_team' (for a team brief) it asks only
            about the respondent's own work and their view of the relationship: the
            organisation's facts come from the leaders' and operations' answers.
            Each question shows its options numbered. Type an option's number (or its id), several as 1,3,4, or a \
            number where one is asked for.
            Enter keeps the answer marked with *. At any prompt:
              ?          explains why the question matters and what it accepts
              back       goes to the previous question
              review     lists your answers by number, to change one
              skip       leaves a question open, where the question allows it
              unsure     says you do not know, where the question allows it
              quit       saves and stops; go on later with --resume (Ctrl-D does the same)
              finish     once the recommendation is settled, goes to the final review without
                         the questions the plan still needs; the brief says what they leave open
            The answers file is saved after every answer, and Ctrl-C saves before stopping.
            It is an ordinary answers file: 'paradigm brief' on it gives the same brief as
            --brief. At the end come a review, then the recommendation in three lines.

            Without a terminal, the replies are read one per line from standard input, e.g.
              printf 'Dana\\n3\\nNorthwind\\n4\\n...' | paradigm interview -o answers.yaml
            With no input at all it stops at once; then fill in 'paradigm template' and run
            'paradigm brief' instead. See docs/interview.md.

            Exit codes: 0 finished (Enter or end of input at the final review), quit or Ctrl-D;
            64 a usage error; 66 piped input ended before the final review (the
            answers so far are saved) or gave nothing; 73 the answers file or brief already
            exists, or another interview has it open (its lock file ANSWERS.lock); 74 the
            answers file could not be saved; 130 Ctrl-C, 129 a closed terminal, 143 kill,
            131 Ctrl-\\ (answers saved each time).
            """,
        options: [output, resume, brief, role, BriefCommand.date, CommonOptions.questionnaire, force, noColor, all],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        let date = try BriefCommand.briefDate(arguments)
        let resumePath = arguments.value(resume.key)
        let path = arguments.value(output.key) ?? resumePath ?? "answers.yaml"
        if path == "-" || resumePath == "-" {
            throw .usage(
                "The interview talks on standard input and output, so its answers need a file: give one with -o or "
                    + "--resume.",
                command: spec.name)
        }
        let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
        let givenRole = try self.givenRole(arguments, questionnaire)
        if let givenRole, questionnaire.answersOwnWorkOnly(givenRole), arguments.value(brief.key) != nil {
            throw .usage(
                "A \(questionnaire.role(givenRole)?.label.lowercased() ?? givenRole) answers only about their own "
                    + "work, so their answers make no brief on their own; leave out --brief, and give the answers "
                    + "file to whoever writes the team brief.",
                command: spec.name)
        }
        let forced = arguments.flag(force.key)
        let colour = Style.choose(
            noColorFlag: arguments.flag(noColor.key), environment: io.environment,
            outputIsTerminal: io.outputIsTerminal
        ).colour
        // Signals are caught from here on, so that the lock is given up on every way out.
        let endConversation = io.beginConversation(colour)
        defer { endConversation() }
        try FileAccess.requireWritableFolder(of: path, io: io)
        try requireRegularFile(path, io: io)
        let lock = try self.lock(path, io: io)
        defer { lock.release() }
        // Holding the lock, no other interview writes this file: a temporary file of it whose
        // writer is gone was left by a run killed outright, and is removed.
        TemporaryName.removeStale(beside: io.resolve(path))
        let inPlace = resumePath.map { standard(io.resolve($0)) == standard(io.resolve(path)) } ?? false
        try checkOutput(
            path, io: io, replace: inPlace || forced,
            hint:
                "pass --resume \(Shell.quoted(path)) to go on with it, -o to write another file, or --force to start "
                + "it afresh"
        )
        if let briefPath = arguments.value(brief.key) {
            if standard(io.resolve(briefPath)) == standard(io.resolve(path)) {
                throw .usage(
                    "The answers file and the brief cannot both be '\(briefPath)'; name another file with --brief.",
                    command: spec.name)
            }
            if let named = BriefFormat.named(by: briefPath), named != .markdown {
                throw .usage(
                    "'--brief \(briefPath)' names \(named.description), but the interview writes the brief in "
                        + "Markdown; name a .md file, and for \(named.description) run 'paradigm brief' on the "
                        + "answers file with '-o \(briefPath)'.",
                    command: spec.name)
            }
            try checkOutput(
                briefPath, io: io, replace: forced,
                hint: "pass --force to replace it, or name another file with --brief")
        }

        var answers = Answers(questionnaireID: questionnaire.id, sourceName: path)
        if let resumePath {
            let source = try FileAccess.readSource(resumePath, io: io)
            do {
                let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
                CommonOptions.warn(loaded.warnings, io: io)
                answers = loaded.answers
            } catch {
                throw .data(error)
            }
        }

        if let givenRole { answers.respondent.role = givenRole }
        var interview = Interview(
            questionnaire: questionnaire, answers: answers, resuming: resumePath != nil,
            adaptive: !arguments.flag(all.key), roleGiven: givenRole != nil)
        interview.reviewPageSize = InterviewRenderer.reviewPageSize(rows: io.terminalRows())
        var session = InterviewSession(
            interview: interview,
            file: InterviewFile(path: path, fullPath: io.resolve(path), exists: inPlace, replacing: forced),
            colour: colour, echo: !io.inputIsTerminal, write: io.out, read: io.readInputLine)
        let end = try session.run(resuming: resumePath != nil)
        try finish(end, session.file, arguments, questionnaire, date: date, io: io)
    }

    /// The role named with `--role`, checked against the questionnaire's roles.
    private static func givenRole(
        _ arguments: ParsedArguments, _ questionnaire: Questionnaire
    ) throws(CommandError) -> String? {
        guard let id = arguments.value(role.key) else { return nil }
        guard questionnaire.role(id) == nil else { return id }
        let known = questionnaire.roles.map(\.id)
        let list = known.isEmpty ? "this questionnaire names no roles" : "it is one of " + known.joined(separator: ", ")
        throw .usage("Unknown role '\(id.visibleControls)' for --role: \(list).", command: spec.name)
    }

    /// Refuses an answers file that is not a regular file (or a free name) before its lock is
    /// made beside it: a device or `/dev/stdout` cannot be resumed or read back, and a link or
    /// folder is never replaced.
    private static func requireRegularFile(_ path: String, io: CommandIO) throws(CommandError) {
        switch OutputTarget.examine(io.resolve(path)) {
        case .absent, .regularFile: return
        case .device, .descriptor:
            throw .cannotCreate(
                "cannot keep the answers in '\(path)': it is not a regular file, so it could not be resumed")
        case .symbolicLink, .folder, .other:
            try FileAccess.checkOutput(path, force: true, io: io)
        }
    }

    /// The answers file's lock for the whole session, so that two interviews never write one
    /// file (each would overwrite the other's answers while both said they were saved).
    private static func lock(_ path: String, io: CommandIO) throws(CommandError) -> LockFile {
        do {
            return try LockFile.acquire(for: io.resolve(path))
        } catch {
            let lockName = path + ".lock"
            switch error {
            case .held(_, let pid?, true):
                throw .cannotCreate(
                    """
                    '\(path)' is open in another interview (process \(pid)); finish or quit that one first.
                      If no other interview is running, remove '\(lockName)' and try again.
                    """)
            case .held(_, let pid, _):
                let holder = pid.map { "process \($0), which is no longer running" } ?? "an interview that was stopped"
                throw .cannotCreate(
                    """
                    '\(path)' is locked by '\(lockName)', left behind by \(holder) \
                    (it was killed, or the machine stopped).
                      Remove '\(lockName)' and try again.
                    """)
            case .failed(let reason):
                throw .cannotCreate("cannot lock '\(path)' for the interview: \(reason)")
            }
        }
    }

    private static func finish(
        _ end: InterviewEnd, _ file: InterviewFile, _ arguments: ParsedArguments, _ questionnaire: Questionnaire,
        date: String, io: CommandIO
    ) throws(CommandError) {
        let shown = file.path.visibleControls
        let saved =
            file.written
            ? "Your answers are saved in \(shown); go on with: paradigm interview --resume \(Shell.quoted(shown))"
            : "Nothing was answered, so no answers file was written."
        switch end {
        case .finished:
            try conclude(file, arguments, questionnaire, date: date, io: io)
        case .quit:
            io.out(saved + "\n")
        case .interrupted:
            io.err("Interrupted. \(saved)\n")
            throw .interrupted(signal: Interruption.pending ?? SIGINT)
        case .endOfInput(let lines) where lines == 0 && !io.inputIsTerminal:
            throw .noInput(
                """
                standard input is not a terminal and gave no answers, so there is nobody to interview.
                  To answer in a file instead: paradigm template -o answers.yaml, fill it in, then paradigm brief \
                answers.yaml
                  To script the interview, pipe one reply per line: printf 'Dana\\n3\\n...' | paradigm interview -o \
                answers.yaml
                """)
        case .endOfInput where io.inputIsTerminal:
            // Ctrl-D in a terminal is the respondent's way out, like `quit`.
            io.out(saved + "\n")
        case .endOfInput:
            throw .noInput("standard input ended before the interview was finished. \(saved)")
        }
    }

    /// The end of a finished interview: the recommendation in three lines, read back from the
    /// saved file exactly as `paradigm brief` reads it, and the brief if asked for, made by the
    /// library from those answers (``BriefMaker``).
    private static func conclude(
        _ file: InterviewFile, _ arguments: ParsedArguments, _ questionnaire: Questionnaire, date: String,
        io: CommandIO
    ) throws(CommandError) {
        let source = try FileAccess.readSource(file.path, io: io)
        let answers: Answers
        do {
            answers = try AnswersLoader.load(source, questionnaire: questionnaire).answers
        } catch {
            throw .data(error)
        }
        io.out("\nSaved \(answers.values.count) answers to \(file.path.visibleControls).\n\n")
        if questionnaire.answersOwnWorkOnly(answers.respondent.role) {
            try ownWorkConclusion(answers, file, arguments, questionnaire, io)
            return
        }
        let assessment: Assessment
        do {
            assessment = try Assessor.assess(answers, with: questionnaire)
        } catch {
            throw .data(error)
        }
        for line in summary(BriefAnalysis(assessment)) { io.out(line + "\n") }
        io.out("\n")
        guard let briefPath = arguments.value(brief.key) else {
            io.out("Write the brief with: paradigm brief \(Shell.quoted(file.path.visibleControls)) -o brief.md\n")
            return
        }
        let output: BriefOutput
        do {
            output = try BriefMaker(questionnaire: questionnaire).brief(
                answers, BriefRequest(format: .markdown, options: BriefOptions(date: date)))
        } catch {
            throw CommandError(error, command: spec.name)
        }
        guard case .text(let text) = output else { return }
        try FileAccess.write(text, to: briefPath, force: arguments.flag(force.key), io: io)
        io.out("Brief written to \(briefPath.visibleControls).\n")
    }

    /// The end for a respondent who answers only for their own work: no recommendation of
    /// their own, since the organisation's facts come from the others.
    private static func ownWorkConclusion(
        _ answers: Answers, _ file: InterviewFile, _ arguments: ParsedArguments, _ questionnaire: Questionnaire,
        _ io: CommandIO
    ) throws(CommandError) {
        let label = answers.respondent.role.flatMap(questionnaire.role)?.label.lowercased() ?? "respondent"
        io.out(
            """
            As a \(label) you answered about your own work and your view of the relationship;
            the organisation's facts come from the leaders' answers. Give \(file.path.visibleControls)
            to whoever writes the team brief: paradigm brief FOLDER, with everyone's answers files.

            """)
        if arguments.value(brief.key) != nil {
            throw .usage(
                "No brief was written: a \(label)'s answers make a team brief together with the leaders', not one of "
                    + "their own.",
                command: spec.name)
        }
    }

    /// The recommendation in three lines: paradigm (with direction), the brief's verdict word,
    /// and today's shape and depth → the target.
    static func summary(_ analysis: BriefAnalysis) -> [String] {
        let assessment = analysis.assessment
        let recommendation = assessment.displayName(assessment.recommendation)
        let statement = analysis.statement
        let shape = (assessment.asIs ?? assessment.closestPractice).map { asIs in
            let open = analysis.asIsOpen.count
            let name = assessment.displayName(asIs)
            return open == 0
                ? "\(name) in shape"
                : "closest to \(name) so far (\(open) practice question\(open == 1 ? "" : "s") not answered)"
        }
        let depth = analysis.depth.map { "\($0.stage.id) in depth of practice" }
        let parts = [shape, depth].compactMap { $0 }
        let asIs = parts.isEmpty ? "unclear (too few answers about today's practice)" : parts.joined(separator: ", ")
        return [
            "Recommendation: \(recommendation)",
            "Confidence:     \(statement.call.words), \(statement.margin.oneDecimal) points ahead of "
                + "\(assessment.displayName(assessment.runnerUp))",
            "As-is → to-be:  \(asIs) → \(recommendation)",
        ]
    }

    /// Refuses an output whose folder is missing or read-only, that is a folder or a link, or
    /// that exists when it may not be replaced, before any question is asked.
    private static func checkOutput(_ path: String, io: CommandIO, replace: Bool, hint: String) throws(CommandError) {
        try FileAccess.requireWritableFolder(of: path, io: io)
        try FileAccess.checkOutput(path, force: replace, io: io, hint: hint)
    }

    private static func standard(_ path: String) -> String {
        ((path as NSString).standardizingPath as NSString).resolvingSymlinksInPath
    }
}
