import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in paradigm texts, which a fuzzed questionnaire's `texts:` resolves to.
let texts = FuzzCheck.builtIn().texts

/// libFuzzer entry point for the questionnaire loader; the checks are
/// ``FuzzProperties/questionnaire(_:texts:)``, which the unit tests replay on saved inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzCheck.run(Data(bytes: start, count: count)) { input throws(FuzzFailure) in
        try FuzzProperties.questionnaire(input, texts: texts)
    }
    return 0
}
