/// The library's version; must match `CLAIMKIT_VERSION_*` in `include/claimkit.h`.
public enum ClaimKitVersion {
    public static let major = 0
    public static let minor = 1
    public static let patch = 0
    public static let string = "0.1.0"
    /// major * 1_000_000 + minor * 1_000 + patch, as `CLAIMKIT_VERSION_NUMBER`.
    public static let number = major * 1_000_000 + minor * 1_000 + patch
}
