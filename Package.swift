// swift-tools-version: 6.1
// Till: a point-of-sale program for a Linux terminal. See README.md for the module map.
import PackageDescription

/// Every target of ours is compiled in Swift 6 language mode with strict concurrency.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Till",
    platforms: [.macOS(.v14)],
    products: [
        // The small front door: answers `till qr` itself and hands every other command to `till-main`.
        .executable(name: "till", targets: ["till"]),
        .executable(name: "till-main", targets: ["TillMain"]),
    ],
    dependencies: [
        // Command line parsing: the Swift standard for CLIs, 17 s clean build.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Property-based tests (money round trips); test-only, no macros, no swift-syntax.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // MD5, SHA-1 and HMAC-SHA256 for the gateways' signatures (BoringSSL-backed on Linux).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Structured logging of gateway requests and answers, with secrets masked.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The HTTP client (SwiftNIO): sends each request at most once, reports a dropped connection at once,
        // no libcurl or FoundationNetworking in the binary.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // No new packages: AsyncHTTPClient's own SwiftNIO and NIOSSL, named so `WireHTTPClient` can read their
        // error types (connect refused, TLS handshake) and byte buffers.
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
        // The store server's HTTP (webhooks, /healthz): Hummingbird 2, on the SwiftNIO already built for the
        // client; about a minute more of a clean build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The store's journal on PostgreSQL: Vapor's driver, on the same SwiftNIO, NIOSSL and Crypto again.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The cashier's words in English, Japanese and Simplified Chinese: one catalog per language, no Foundation.
        .target(name: "TillStrings", swiftSettings: strict),
        .target(name: "TillCore", dependencies: ["TillStrings"], swiftSettings: strict),
        // What every module speaks: HTTP messages, the transport protocol and its policy, the exact JSON.
        .target(name: "Wire", dependencies: ["TillCore"], swiftSettings: strict),
        // The real transport on AsyncHTTPClient: only `till-main` and the tests that need real HTTP link SwiftNIO.
        .target(
            name: "WireHTTPClient",
            dependencies: [
                "Wire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        // The operating system calls Foundation does not do well: `flock` file locks and `posix_spawn`.
        .target(name: "TillSystem", swiftSettings: strict),
        .target(name: "QRCode", swiftSettings: strict),
        // Receipts on ESC/POS printers: the document, its bytes, and the TCP and device transports.
        .target(name: "Printing", dependencies: ["QRCode", "TillSystem", "TillStrings"], swiftSettings: strict),
        // Reads the QR code in a PNG (Pomelo's `qrCode.url`): libpng, and zxing-cpp through a C shim.
        .systemLibrary(name: "CLibPNG", path: "Sources/CLibPNG"),
        .target(name: "CZXing", linkerSettings: [.linkedLibrary("ZXing")]),
        .target(name: "QRImageReader", dependencies: ["CLibPNG", "CZXing"], swiftSettings: strict),
        .target(name: "TillConfig", dependencies: ["TillCore", "TillStrings"], swiftSettings: strict),
        .target(
            name: "Gateways",
            dependencies: [
                "TillCore", "TillStrings", "Wire", "QRImageReader",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Sandbox",
            dependencies: [
                "TillCore", "Wire", "TillSystem", "QRCode", .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["SCENARIOS.md"],
            swiftSettings: strict
        ),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(
            name: "Journal",
            dependencies: [
                "TillCore", "TillStrings", "CSQLite", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
        .target(
            name: "Checkout", dependencies: ["TillCore", "TillStrings", "TillSystem", "Gateways", "Journal"], swiftSettings: strict),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(
            name: "TerminalUI", dependencies: ["TillCore", "TillStrings", "QRCode", "Checkout", "CNCursesW"],
            swiftSettings: strict),
        // `till qr` without ArgumentParser or Foundation, and the hand-over to `till-main` (see FrontDoor.swift).
        .target(name: "FrontDoor", dependencies: ["QRCode"], swiftSettings: strict),
        // The store server: the gateways' webhooks, verified, recorded once, then checked with the gateway.
        .target(
            name: "StoreServer",
            dependencies: [
                "TillCore", "Wire", "Gateways", "Journal", "Checkout", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        // No dependency on `TillMain`: SwiftPM would link all of its libraries into `till` too. Build both
        // products (`--product till-main`, then `--product till`, as scripts/run does).
        .executableTarget(name: "till", dependencies: ["FrontDoor"], swiftSettings: strict),
        .executableTarget(
            name: "TillMain",
            dependencies: [
                "FrontDoor",
                "TillCore", "Wire", "WireHTTPClient", "TillSystem", "QRCode", "TillConfig", "Gateways", "Sandbox",
                "Journal", "Checkout", "TerminalUI", "TillStrings", "Printing", "StoreServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The test doubles and helpers more than one test target uses (as Hummingbird's HummingbirdTesting).
        .target(
            name: "TillTesting", dependencies: ["TillCore", "Wire", "WireHTTPClient", "TillSystem", "Sandbox", "Journal"],
            swiftSettings: strict),
        .testTarget(
            name: "TillCoreTests",
            dependencies: ["TillCore", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(name: "TillStringsTests", dependencies: ["TillStrings"], swiftSettings: strict),
        .testTarget(name: "WireTests", dependencies: ["Wire", "TillCore"], swiftSettings: strict),
        .testTarget(name: "TillSystemTests", dependencies: ["TillSystem"], swiftSettings: strict),
        .testTarget(
            name: "QRCodeTests", dependencies: ["QRCode", "TillTesting"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(name: "PrintingTests", dependencies: ["Printing", "QRCode"], swiftSettings: strict),
        .testTarget(name: "FrontDoorTests", dependencies: ["FrontDoor", "QRCode"], swiftSettings: strict),
        .testTarget(name: "QRImageReaderTests", dependencies: ["QRImageReader", "QRCode"], swiftSettings: strict),
        .testTarget(name: "TillConfigTests", dependencies: ["TillConfig", "TillCore", "TillStrings"], swiftSettings: strict),
        .testTarget(
            name: "GatewaysTests",
            dependencies: [
                "Gateways", "TillCore", "Wire", "WireHTTPClient", "TillTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: [
                "Sandbox", "TillCore", "Wire", "WireHTTPClient", "TillTesting",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CheckoutTests", dependencies: ["Checkout", "Gateways", "Journal", "TillCore", "TillTesting"],
            swiftSettings: strict),
        .testTarget(name: "JournalTests", dependencies: ["Journal", "TillCore", "TillTesting"], swiftSettings: strict),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "TillStrings", "TillCore", "Checkout", "Gateways", "Journal", "TillTesting"],
            resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "Gateways", "Sandbox", "TillCore", "Checkout", "Journal", "TerminalUI", "Wire", "WireHTTPClient",
                "TillTesting", "TillStrings",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TillCLITests",
            dependencies: ["TillCore", "Journal", "TillSystem", "TillTesting", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        // Kills `till pay` at random points against `till sandbox serve --fault`, then checks the journal
        // against the sandbox: TILL_CRASH_RUNS (default 200), TILL_CRASH_SEED.
        .testTarget(
            name: "CrashTests", dependencies: ["TillCore", "Journal", "Sandbox", "WireHTTPClient", "TillTesting"],
            swiftSettings: strict),
    ]
)
