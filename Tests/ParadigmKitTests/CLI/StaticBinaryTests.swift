import Foundation
import Testing

@testable import ParadigmKit

/// The binary the README's install line builds (`swift build -c release --static-swift-stdlib`,
/// or `Scripts/install.sh`) needs no Swift library at run time, so it runs on a machine without
/// Swift. Building it takes minutes, so this test does not build it: it checks
/// `.build/release/paradigm` (or the binary `PARADIGM_RELEASE_BINARY` names) when it is there,
/// and is skipped otherwise. Linux only (`ldd`).
@Suite struct StaticBinaryTests {
    static var binary: String? {
        let path =
            ProcessInfo.processInfo.environment["PARADIGM_RELEASE_BINARY"]
            ?? Paths.package.appendingPathComponent(".build/release/paradigm").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static let ldd = ["/usr/bin/ldd", "/bin/ldd"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The libraries of the Swift toolchain a dynamically linked binary would need.
    static let swiftLibraries = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime"]

    @Test(.enabled(if: binary != nil && ldd != nil, "no release build (swift build -c release --static-swift-stdlib)"))
    func theReleaseBinaryNeedsNoSwiftLibrary() throws {
        let binary = try #require(Self.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.ldd))
        process.arguments = [binary]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        let needed = text.split(separator: "\n").filter { line in Self.swiftLibraries.contains { line.contains($0) } }
        #expect(
            needed.isEmpty,
            "\(binary) needs the Swift toolchain's libraries; build it with --static-swift-stdlib: \(needed)")
        #expect(text.contains("libc.so"))
    }
}
