// swift-tools-version:6.0
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
        .testTarget(
            name: "ParadigmKitTests",
            dependencies: ["ParadigmKit"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
