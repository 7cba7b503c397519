// swift-tools-version: 6.1
// Till's fuzz targets (issue 15): one executable per parser that takes outside input, built with
// libFuzzer and the address sanitizer. Build and run them with `scripts/fuzz [SECONDS]`; the build
// folder is `.build-fuzz`. The modules under test are the main package's own sources (Modules/ holds
// links to ../Sources), compiled here with coverage instrumentation so libFuzzer can steer by them.
// No target needs `WireHTTPClient`, so SwiftNIO and NIOSSL are never built here.
import PackageDescription

/// Coverage for libFuzzer and the address sanitizer, on every module of ours.
let instrumented: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .unsafeFlags(["-sanitize=fuzzer,address"]),
]

/// The fuzz targets link libFuzzer's driver; lld, because gold fails on these objects.
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

/// Each target is named for what it reads; all share FuzzSupport's driver.
let targets: [(name: String, modules: [Target.Dependency])] = [
    ("FuzzTOML", ["TillConfig"]),
    ("FuzzThemeTOML", ["TillConfig", "TerminalUI"]),
    ("FuzzStyleXML", ["TerminalUI"]),
    ("FuzzJSON", ["Wire"]),
    ("FuzzTakeMePayAnswer", ["Gateways"]),
    ("FuzzTapInAnswer", ["Gateways"]),
    ("FuzzPomeloAnswer", ["Gateways"]),
    ("FuzzMOTPAnswer", ["Gateways"]),
    ("FuzzTakeMePayWebhook", ["Gateways", "TillCore"]),
    ("FuzzPomeloWebhook", ["Gateways", "TillCore"]),
    ("FuzzTapInCallback", ["Gateways"]),
    ("FuzzAmount", ["TillCore"]),
    ("FuzzScanner", ["TerminalUI"]),
]

let package = Package(
    name: "TillFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "TillStrings", path: "Modules/TillStrings", swiftSettings: instrumented),
        .target(name: "TillCore", dependencies: ["TillStrings"], path: "Modules/TillCore", swiftSettings: instrumented),
        .target(name: "Wire", dependencies: ["TillCore"], path: "Modules/Wire", swiftSettings: instrumented),
        .target(name: "TillSystem", path: "Modules/TillSystem", swiftSettings: instrumented),
        .target(
            name: "TillConfig", dependencies: ["TillCore", "TillStrings"], path: "Modules/TillConfig",
            swiftSettings: instrumented),
        .systemLibrary(name: "CLibPNG", path: "Modules/CLibPNG"),
        .target(name: "CZXing", path: "Modules/CZXing", linkerSettings: [.linkedLibrary("ZXing")]),
        .target(
            name: "QRImageReader", dependencies: ["CLibPNG", "CZXing"], path: "Modules/QRImageReader",
            swiftSettings: instrumented),
        .target(
            name: "Gateways",
            dependencies: [
                "TillCore", "TillStrings", "Wire", "QRImageReader", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Modules/Gateways", swiftSettings: instrumented),
        .systemLibrary(name: "CSQLite", path: "Modules/CSQLite"),
        .target(
            name: "Journal",
            dependencies: ["TillCore", "TillStrings", "CSQLite", .product(name: "Crypto", package: "swift-crypto")],
            path: "Modules/Journal",
            // No postgres-nio here (its SwiftNIO would cost the fuzz build minutes): the journal on a file only.
            exclude: ["PostgreSQL/PostgresJournalConnection.swift", "PostgreSQL/PostgresAdvisoryLocks.swift"],
            swiftSettings: instrumented + [.define("TILL_WITHOUT_POSTGRES")]),
        .target(
            name: "Checkout", dependencies: ["TillCore", "TillStrings", "TillSystem", "Gateways", "Journal"],
            path: "Modules/Checkout",
            swiftSettings: instrumented),
        .systemLibrary(name: "CNCursesW", path: "Modules/CNCursesW"),
        .target(
            name: "TerminalUI",
            dependencies: ["TillCore", "TillStrings", "QRCode", "Checkout", "Gateways", "Journal", "CNCursesW"],
            path: "Modules/TerminalUI", swiftSettings: instrumented),
        .target(name: "QRCode", path: "Modules/QRCode", swiftSettings: instrumented),
        .target(name: "FuzzSupport", swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
        + targets.map { target in
            .executableTarget(
                name: target.name, dependencies: target.modules + ["FuzzSupport"], swiftSettings: instrumented,
                linkerSettings: fuzzerLink)
        }
)
