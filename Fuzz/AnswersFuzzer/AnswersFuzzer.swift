import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in questionnaire, loaded once.
let questionnaire = FuzzCheck.builtIn()

/// libFuzzer entry point for the answers loader: bytes are loaded as an answers file against the
/// built-in questionnaire; when the quicker way through plain files takes them, the general way
/// must read the same answers with no diagnostic. Answers that load are assessed, written with
/// ``AnswersWriter`` and must load back to the same answers and respondent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    guard let source = FuzzCheck.decode(input, input: input) else { return 0 }
    if let plain = PlainAnswersReader.read(source, questionnaire: questionnaire) {
        let general = try? AnswersLoader.loadInGeneral(source, questionnaire: questionnaire)
        guard let general, general.warnings.isEmpty, general.answers == plain else {
            FuzzCheck.fail("the plain answers reader reads differently from the general way", input: input)
        }
    }
    let answers: Answers
    do {
        answers = try AnswersLoader.load(source, questionnaire: questionnaire).answers
    } catch {
        FuzzCheck.check(error, input: input)
        return 0
    }
    do {
        _ = try Assessor.assess(answers, with: questionnaire)
    } catch {
        FuzzCheck.check(error, input: input)
    }
    let rendered = AnswersWriter.render(answers, questionnaire: questionnaire)
    let again: Answers
    do {
        again = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: rendered), questionnaire: questionnaire).answers
    } catch {
        FuzzCheck.fail("written answers do not load:\n\(rendered)\n\(error.rendered)", input: input)
    }
    guard again.respondent == answers.respondent,
          again.values.mapValues(\.value) == answers.values.mapValues(\.value)
    else {
        FuzzCheck.fail("written answers load back differently:\n\(rendered)", input: input)
    }
    return 0
}
