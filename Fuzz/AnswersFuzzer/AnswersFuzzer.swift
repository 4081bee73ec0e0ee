import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in questionnaire, loaded once.
let questionnaire = FuzzCheck.builtIn()

/// libFuzzer entry point for the answers loader; the checks are ``FuzzProperties/answers(_:_:)``,
/// which the unit tests replay on saved inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzCheck.run(Data(bytes: start, count: count)) { input throws(FuzzFailure) in
        try FuzzProperties.answers(input, questionnaire)
    }
    return 0
}
