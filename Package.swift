// swift-tools-version: 6.1
// claimkit: reads news articles and reports what is claimed, by whom, how firmly,
// with which numbers and dates.
import PackageDescription

let package = Package(
    name: "claimkit",
    products: [
        // Swift users.
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        // C and Python users; the contract is include/claimkit.h. SwiftPM names the file
        // libclaimkit_c.so; scripts/build-library makes the shipped, self-contained
        // libclaimkit.so (static Swift runtime, SONAME, only claimkit_* exported).
        .library(name: "claimkit_c", type: .dynamic, targets: ["ClaimKitC"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: Core
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CClaimKitModel",
            path: "Sources/CClaimKitModel"
        ),
        .target(
            name: "ClaimKit",
            dependencies: ["CLibXML2", "CClaimKitModel"]
        ),
        // MARK: C interface
        .target(name: "CClaimKit", path: "include", publicHeadersPath: "."),
        .target(name: "ClaimKitC", dependencies: ["ClaimKit", "CClaimKit"]),
        // MARK: Tools
        // The `claimkit` command (its own target so the library never links ArgumentParser).
        .executableTarget(
            name: "claimkit",
            dependencies: [
                "ClaimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/claimkit-cli"
        ),
        // MARK: Tests
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit", "ClaimKitC", "CClaimKit"]),
    ]
)
