import Testing

@testable import ParadigmKit

/// `paradigm lint` on the fixture questionnaires in Fixtures/Lint: each finding's exact
/// location and message, a did-you-mean or other help where one fits, and the exit code.
@Suite struct LintFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let code: Int32
        /// Every finding's first line, in order, without the folder.
        let findings: [String]
        /// Text each listed help line must contain.
        let help: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "clean.yaml", code: 0, findings: [], help: []),
        // At best proportionate ties with assimilated, but a gate can hold assimilated back.
        Case(fixture: "tie-won-by-gate.yaml", code: 0, findings: [], help: []),
        Case(
            fixture: "when-typo.yaml", code: 65,
            findings: [
                "when-typo.yaml:50:11: error: `when` of question `deal_size` names `motoin`, which is not an earlier "
                    + "question",
                "when-typo.yaml:87:11: error: `feild` is not an option of `motion`",
            ],
            help: ["did you mean `motion`?", "did you mean `field`?"]),
        Case(
            fixture: "when-later.yaml", code: 65,
            findings: [
                "when-later.yaml:18:11: error: `when` of question `motion` names `deal_size`, which comes later (line "
                    + "47); a condition may only read earlier questions"
            ],
            help: ["`deal_size` in turn depends on `motion`, which would be a cycle"]),
        Case(
            fixture: "unreachable.yaml", code: 65,
            findings: ["unreachable.yaml:16:9: error: no set of answers makes proportionate the recommendation"],
            help: [
                "at best it ties with assimilated at 100.0, and the tie-break favours assimilated",
                "these questions give both the same weights: `motion` (line 16), `deal_size` (line 48)",
            ]),
        Case(
            fixture: "weightless.yaml", code: 0,
            findings: [
                "weightless.yaml:82:9: warning: question `region` carries no weight: no answer changes any score",
                "weightless.yaml:91:9: warning: every answer to question `budget_cycle` gives the same weights, so it "
                    + "cannot move any score",
            ],
            help: ["write `weight: 0` (asked, not scored)", "vary the weights between options"]),
        Case(
            fixture: "no-positive-weight.yaml", code: 0,
            findings: [
                "no-positive-weight.yaml:11:1: warning: no answer leans towards proportionate: every fit weight for "
                    + "`proportionate` is zero or negative"
            ],
            help: ["recommended only because the answers speak against the others"]),
        Case(
            fixture: "dead-gate.yaml", code: 65,
            findings: [
                "dead-gate.yaml:98:7: error: gate `small_plg` can never fire: it needs `motion` to be `plg`, but "
                    + "`deal_size` (line 46) is asked only when `motion` is `field` or `hybrid`",
                "dead-gate.yaml:102:5: warning: gate `toothless` caps nothing: a score is never above 100, so a cap "
                    + "of 100 holds nothing back",
            ],
            help: ["split the gate into one gate per alternative", "set `cap:` below 100"]),
        Case(
            fixture: "never-asked.yaml", code: 65,
            findings: [
                "never-asked.yaml:69:11: error: question `discount` can never be asked: it needs `motion` to be "
                    + "`plg`, but `deal_size` (line 45) is asked only when `motion` is `field` or `hybrid`"
            ],
            help: ["name answers that can occur together"]),
        Case(
            fixture: "bands.yaml", code: 65,
            findings: [
                "bands.yaml:72:13: error: band `instant` of question `cycle_days` can never be chosen: it holds "
                    + "values below 7, and answers start at `min: 10`",
                "bands.yaml:84:13: error: band `years` of question `cycle_days` can never be chosen: it starts at "
                    + "400, above `max: 365`",
            ],
            help: ["keep every `below:` between `min` and `max`"]),
        Case(
            fixture: "informs.yaml", code: 0,
            findings: [
                "informs.yaml:55:13: warning: option `small` of question `deal_size` has `today:` weights that never "
                    + "count: the question informs fit only",
                "informs.yaml:78:11: warning: the `high:` end of question `trust` has fit `weights:` that never "
                    + "count: the question informs today only",
            ],
            help: ["add `informs: both` to the question"]),
        Case(
            fixture: "labels.yaml", code: 65,
            findings: [
                "labels.yaml:59:13: error: options `small` and `large` of question `deal_size` have the same label "
                    + "\"small\"; a respondent cannot tell them apart"
            ],
            help: ["reword one of the two labels"]),
        Case(
            fixture: "placeholder.yaml", code: 65,
            findings: [
                "placeholder.yaml:47:15: error: `help` of `deal_size` is a placeholder (\"TODO\"), not text a "
                    + "reader can use",
                "placeholder.yaml:65:17: warning: `prompt` of `trust` is only 1 word; it is too short to explain "
                    + "anything",
            ],
            help: ["write the real text"]),
        Case(
            fixture: "missing-texts.yaml", code: 65,
            findings: [
                "missing-texts.yaml:5:8: error: cannot read the paradigm texts `no-such-paradigms.yaml` named by "
                    + "`texts:`: cannot read 'Tests/ParadigmKitTests/Fixtures/Lint/no-such-paradigms.yaml': no "
                    + "such file"
            ],
            help: ["remove `texts:` to use the built-in texts"]),
    ]

    static let folder = "Tests/ParadigmKitTests/Fixtures/Lint/"

    @Test(arguments: cases)
    func fixture(_ testCase: Case) {
        let result = runCLI(["lint", Self.folder + testCase.fixture])
        #expect(result.code == testCase.code, "\(result.err)")
        let report = testCase.code == 0 && testCase.findings.isEmpty ? result.out : result.err
        let firstLines = report.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix(Self.folder) && ($0.contains(": error: ") || $0.contains(": warning: ")) }
            .map { String($0.dropFirst(Self.folder.count)) }
        #expect(firstLines == testCase.findings, "\(report)")
        for help in testCase.help {
            #expect(report.contains("= help: ") && report.contains(help), "missing help \(help) in \(report)")
        }
        if testCase.findings.isEmpty {
            #expect(result.err.isEmpty)
            #expect(result.out.hasPrefix("\(Self.folder)\(testCase.fixture): no problems found ("))
        }
    }

    @Test func aTypoInAWhenIsShownWithItsLineAndCaret() {
        let result = runCLI(["lint", Self.folder + "when-typo.yaml"])
        #expect(
            result.err.contains(
                """
                Tests/ParadigmKitTests/Fixtures/Lint/when-typo.yaml:50:11: error: `when` of question `deal_size` names \
                `motoin`, which is not an earlier question
                   |
                50 |           motoin:
                   |           ^^^^^^
                   = help: did you mean `motion`?
                """))
        #expect(result.err.hasSuffix("2 errors found.\n"))
    }

    @Test func aCleanFileGetsOneLineOnStandardOutput() {
        let result = runCLI(["lint", Self.folder + "clean.yaml"])
        #expect(result.code == 0)
        #expect(result.err.isEmpty)
        #expect(
            result.out
                == "\(Self.folder)clean.yaml: no problems found (3 questions in 1 section, 1 gate; every paradigm and "
                + "both subservient directions can be the recommendation).\n"
        )
    }

    @Test func warningsOnlyPrintASummaryAndExitZero() {
        let result = runCLI(["lint", Self.folder + "weightless.yaml"])
        #expect(result.code == 0)
        #expect(result.out.isEmpty)
        #expect(result.err.hasSuffix("\(Self.folder)weightless.yaml: no errors, 2 warnings.\n"))
    }
}
