import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in paradigm texts, which a fuzzed questionnaire's `texts:` resolves to.
let texts = FuzzCheck.builtIn().texts

/// libFuzzer entry point for the questionnaire loader: bytes are loaded as a questionnaire; one
/// that loads must produce a template that loads back as an (empty) answers file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    guard let source = FuzzCheck.decode(input, input: input) else { return 0 }
    let questionnaire: Questionnaire
    do {
        questionnaire = try QuestionnaireLoader.load(source) { _ in texts }
    } catch {
        FuzzCheck.check(error, input: input)
        return 0
    }
    let template = AnswersTemplate.render(questionnaire)
    do {
        _ = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: template), questionnaire: questionnaire)
    } catch {
        FuzzCheck.fail("the template of a valid questionnaire does not load:\n\(template)\n\(error.rendered)", input: input)
    }
    return 0
}
