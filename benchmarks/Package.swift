// swift-tools-version: 6.1
// Benchmarks live in their own package so `swift test` on the library never builds them.
//   swift run -c release --package-path benchmarks claimkit-bench [--corpus DIR] [--html DIR]
import PackageDescription

let package = Package(
    name: "claimkit-benchmarks",
    dependencies: [.package(name: "claimkit", path: "..")],
    targets: [
        .executableTarget(
            name: "claimkit-bench",
            dependencies: [.product(name: "ClaimKit", package: "claimkit")]
        )
    ]
)
