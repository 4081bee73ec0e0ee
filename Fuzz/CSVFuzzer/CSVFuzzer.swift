import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in questionnaire, loaded once.
let questionnaire = FuzzCheck.builtIn()

/// libFuzzer entry point for the CSV importer; the checks are ``FuzzProperties/csv(_:_:)``,
/// which the unit tests replay on saved inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzCheck.run(Data(bytes: start, count: count)) { input throws(FuzzFailure) in
        try FuzzProperties.csv(input, questionnaire)
    }
    return 0
}
