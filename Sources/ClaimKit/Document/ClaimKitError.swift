/// Misuse or unusable input. Messy text is not an error: it yields diagnostics.
///
/// `Code` raw values equal the C status codes in `include/claimkit.h`.
public struct ClaimKitError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let invalidArgument = Code(rawValue: 1)
        public static let invalidUTF8 = Code(rawValue: 2)
        public static let inputTooLarge = Code(rawValue: 3)
        public static let invalidOptions = Code(rawValue: 4)
        public static let invalidJSON = Code(rawValue: 5)
        public static let outOfMemory = Code(rawValue: 6)
        public static let internalError = Code(rawValue: 7)
    }

    public var code: Code
    public var message: String
    /// Byte offset in the input where the problem is, when it has one.
    public var byteOffset: Int?

    public init(_ code: Code, _ message: String, byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }

    public var description: String {
        if let byteOffset { return "\(message) (at byte \(byteOffset))" }
        return message
    }
}
