import Foundation
import FuzzSupport

@testable import ParadigmKit

/// The fuzz targets in Fuzz/, as the unit tests replay them: where each keeps its saved failing
/// inputs and seeds, and the target's own checks (``FuzzProperties``, shared with the fuzzers):
/// an input is either refused with located errors, or read, written back and read again to the
/// same values, and the quicker readers (the plain answers reader, the parser's shortcut for
/// simple lines, its partial parse, the streaming survey reader) agree with the general ones.
enum FuzzProperty: String, CaseIterable, Sendable {
    case document = "Document"
    case answers = "Answers"
    case csv = "CSV"
    case questionnaire = "Questionnaire"

    /// The saved failing inputs of this target (Fixtures/FuzzRegressions/KIND).
    var regressions: [URL] { Self.files(in: Paths.fixture("FuzzRegressions/\(rawValue)")) }

    /// The seed files the fuzz script starts this target from.
    var seeds: [URL] {
        switch self {
        case .document:
            Paths.exampleAnswers + Self.files(in: Paths.questionnaires)
                + Self.files(in: Paths.fixtures, extension: "yaml")
        case .answers: Paths.exampleAnswers
        case .csv: Self.files(in: Paths.examples, extension: "csv") + Self.files(in: Paths.fixtures, extension: "csv")
        case .questionnaire:
            [
                Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"),
                Paths.fixture("Model/tiny-questionnaire.yaml"),
            ]
        }
    }

    /// What the input breaks of the target's properties, checked by the very function the fuzz
    /// target runs (``FuzzProperties``); `nil` when they hold.
    func check(_ data: Data, builtIn: Questionnaire) -> String? {
        do throws(FuzzFailure) {
            switch self {
            case .document: try FuzzProperties.document(data)
            case .answers: try FuzzProperties.answers(data, builtIn)
            case .csv: try FuzzProperties.csv(data, builtIn)
            case .questionnaire: try FuzzProperties.questionnaire(data, texts: builtIn.texts)
            }
            return nil
        } catch {
            return error.description
        }
    }

    private static func files(in folder: URL, extension wanted: String? = nil) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            if url.lastPathComponent.hasPrefix(".") || url.lastPathComponent == "README.md" { continue }
            if let wanted, url.pathExtension != wanted { continue }
            result.append(url)
        }
        return result.sorted { $0.path < $1.path }
    }
}
