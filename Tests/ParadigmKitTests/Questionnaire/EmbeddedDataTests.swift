import Foundation
import Testing
@testable import ParadigmKit

/// The binary carries the default questionnaire twice: the files' text, and the loaded
/// questionnaire as generated Swift that `brief` uses. These fail when either drifts from
/// Questionnaires/. Fix: run Scripts/embed-questionnaire.sh.
@Suite struct EmbeddedDataTests {
    @Test func embeddedQuestionnaireMatchesTheFile() throws {
        let file = try Load.text(Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"))
        #expect(EmbeddedData.questionnaire == file, "run Scripts/embed-questionnaire.sh")
    }

    @Test func embeddedTextsMatchTheFile() throws {
        let file = try Load.text(Paths.questionnaires.appendingPathComponent("paradigms.yaml"))
        #expect(EmbeddedData.texts == file, "run Scripts/embed-questionnaire.sh")
    }

    /// The generated source is what the generator writes for today's files and model.
    @Test func prebuiltSourceIsUpToDate() throws {
        let loaded = try PrebuiltSource.loadBuiltInFiles(from: Paths.package.path)
        let file = try Load.text(Paths.package.appendingPathComponent("Sources/ParadigmKit/Questionnaire/EmbeddedQuestionnaire.swift"))
        #expect(PrebuiltSource.render(loaded) == file, "run Scripts/embed-questionnaire.sh")
    }

    /// The generated code rebuilds exactly what parsing builds, locations included.
    @Test func prebuiltQuestionnaireEqualsTheParsedOne() throws {
        let parsed = try Questionnaire.parsedBuiltIn()
        let prebuilt = try #require(EmbeddedData.prebuilt(), "EmbeddedQuestionnaire.swift is the stub; run Scripts/embed-questionnaire.sh")
        #expect(prebuilt.id == parsed.id)
        #expect(prebuilt.version == parsed.version)
        #expect(prebuilt.title == parsed.title)
        #expect(prebuilt.roles == parsed.roles)
        #expect(prebuilt.gates == parsed.gates)
        #expect(prebuilt.texts == parsed.texts)
        #expect(prebuilt.sourceName == parsed.sourceName)
        #expect(prebuilt.sections.count == parsed.sections.count)
        for (built, read) in zip(prebuilt.sections, parsed.sections) {
            #expect(built.id == read.id && built.title == read.title && built.intro == read.intro)
            #expect(built.questions.count == read.questions.count)
            for (question, expected) in zip(built.questions, read.questions) {
                #expect(question == expected, "question \(expected.id)")
            }
        }
        #expect(prebuilt.questions.map(\.id) == parsed.questions.map(\.id))
        for question in parsed.questions { #expect(prebuilt.question(question.id) == question) }
    }

    /// Strings and numbers survive the trip through Swift source.
    @Test(arguments: [
        "plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "\u{0}\u{1F}\u{7F}\u{85}", "zero\u{200B}width",
        "\u{2028}\u{2029}", "café — “quotes” 😀", "\\(interpolation)", "#raw#", "é\u{301}",
    ])
    func literalsAreExact(_ text: String) {
        let literal = PrebuiltSource.literal(text)
        #expect(!literal.dropFirst().dropLast().contains("\n"))
        #expect(Self.unescape(literal) == text)
    }

    @Test(arguments: [0.0, -0.0, 1, -2.5, 0.1, 1e-05, 1e20, 123456789.125, Double.greatestFiniteMagnitude, .leastNonzeroMagnitude])
    func numbersAreExact(_ value: Double) {
        let text = PrebuiltSource.number(value)
        #expect(!text.contains("+"))
        #expect(Double(text) == value)
    }

    /// Reads a generated literal back by Swift's escaping rules (the escapes `literal` writes).
    static func unescape(_ literal: String) -> String {
        var scalars = Array(literal.unicodeScalars.dropFirst().dropLast())[...]
        var out = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let next = scalars.popFirst() else { out.append(scalar); continue }
            switch next {
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                let hex = String(String.UnicodeScalarView(scalars.prefix { $0 != "}" }.dropFirst()))
                scalars = scalars.drop { $0 != "}" }.dropFirst()
                if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) { out.append(decoded) }
            default: out.append(next)
            }
        }
        return String(out)
    }
}
