import Foundation
import FuzzSupport

/// libFuzzer entry point for the document parser; the checks are ``FuzzProperties/document(_:)``,
/// which the unit tests replay on saved inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzCheck.run(Data(bytes: start, count: count), FuzzProperties.document)
    return 0
}
