// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "ParadigmAdvisor",
    products: [
        .library(name: "ParadigmKit", targets: ["ParadigmKit"]),
        .executable(name: "paradigm", targets: ["paradigm"]),
    ],
    targets: [
        .target(name: "ParadigmKit", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(name: "paradigm", dependencies: ["ParadigmKit"], swiftSettings: [.swiftLanguageMode(.v6)]),
        // The properties the fuzz targets check (Fuzz/FuzzSupport), a library of its own so that
        // the unit tests replay saved fuzz inputs with the very same checks.
        .target(
            name: "FuzzSupport", dependencies: ["ParadigmKit"], path: "Fuzz/FuzzSupport",
            swiftSettings: [.swiftLanguageMode(.v6)]),
        .testTarget(
            name: "ParadigmKitTests",
            dependencies: ["ParadigmKit", "FuzzSupport"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

// libFuzzer targets (Fuzz/), apart from FuzzSupport, declared only when Scripts/fuzz.sh sets PARADIGM_FUZZ=1: a fuzz
// executable has no `main` of its own (libFuzzer supplies it), so it links only with
// `--sanitize=fuzzer` and must stay out of a plain `swift build` / `swift test`.
if ProcessInfo.processInfo.environment["PARADIGM_FUZZ"] == "1" {
    for name in ["DocumentFuzzer", "AnswersFuzzer", "CSVReaderFuzzer", "CSVFuzzer", "QuestionnaireFuzzer"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(
            .executableTarget(
                name: name, dependencies: ["ParadigmKit", "FuzzSupport"], path: "Fuzz/\(name)",
                swiftSettings: [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]))
    }
}

// Benchmark executables (Benchmarks/), declared only when Benchmarks/run.sh sets
// PARADIGM_BENCH=1, so that a plain build never compiles them.
if ProcessInfo.processInfo.environment["PARADIGM_BENCH"] == "1" {
    package.products.append(.executable(name: "ParserBench", targets: ["ParserBench"]))
    package.products.append(.executable(name: "Floor", targets: ["Floor"]))
    package.products.append(.executable(name: "ModelBench", targets: ["ModelBench"]))
    package.targets.append(
        .executableTarget(
            name: "ModelBench", dependencies: ["ParadigmKit"], path: "Benchmarks/Sources/ModelBench",
            swiftSettings: [.swiftLanguageMode(.v6)]))
    package.targets.append(
        .executableTarget(
            name: "ParserBench", dependencies: ["ParadigmKit"], path: "Benchmarks/Sources/ParserBench",
            swiftSettings: [.swiftLanguageMode(.v6)]))
    package.targets.append(
        .executableTarget(
            name: "Floor", path: "Benchmarks/Sources/Floor", swiftSettings: [.swiftLanguageMode(.v6)]))
}
