import Foundation
import FuzzSupport
import ParadigmKit

/// libFuzzer entry point for the CSV reader alone, the part of the importer that meets the raw
/// bytes: fast enough for tens of millions of inputs, where the full importer (CSVFuzzer) also
/// maps columns and validates answers at about a hundred inputs a second. A file that reads is
/// written back with ``CSVWriter`` and must read back to the same records; a refusal must be
/// located inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = FuzzCheck.csvRoundTrip(Data(bytes: start, count: count))
    return 0
}
