import Foundation
import FuzzSupport

/// libFuzzer entry point for the CSV reader alone, the part of the importer that meets the raw
/// bytes: fast enough for tens of millions of inputs, where the full importer (CSVFuzzer) also
/// maps columns and validates answers at about a hundred inputs a second. The checks are
/// ``FuzzProperties/csvReader(_:)``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzCheck.run(Data(bytes: start, count: count), FuzzProperties.csvReader)
    return 0
}
