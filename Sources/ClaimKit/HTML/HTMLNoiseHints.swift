/// Decides from `class` and `id` whether an element is page furniture (share bars, comment
/// sections, related links, ads, newsletter and cookie boxes) rather than article text.
///
/// Words are matched inside the attribute value: long hints as substrings (`share` in
/// `article-share-bar`), short ones (`ad`, `nav`) only as whole tokens between `-`, `_` or
/// spaces so `header` or `shadow` do not count. Positive hints (`article-body`,
/// `entry-content`) win over negative ones.
enum HTMLNoiseHints {
    /// Furniture whatever it wraps.
    static let strong: [[UInt8]] = [
        "share", "social", "comment", "related", "newsletter", "cookie", "subscri", "promo", "breadcrumb", "popup",
        "sponsor", "outbrain", "taboola", "recommend", "signup", "sign-up", "trending", "most-read", "mostread",
        "mostpopular", "most-popular", "more-stories", "read-more", "readmore", "footer", "skip-link", "author-bio",
        "authorbio", "author-info", "authorinfo", "about-author", "author-card", "letters-cta", "factbox",
        "player-overlay", "consent", "gdpr", "donate", "donation", "recirc", "see-also", "also-read", "follow-us",
        "tag-list", "advert", "adslot", "ad-slot", "adunit", "ad-unit", "ad-container", "banner-ad",
    ].map { Array($0.utf8) }

    /// Furniture unless it wraps the article (`Page-ad-margins` around a whole page).
    static let weak: [[UInt8]] = [
        "sidebar", "modal", "widget", "masthead", "navigation", "navbar", "menu", "disclaimer", "pagination",
        "toolbar", "tooltip", "offscreen", "sr-only", "print-only", "tags", "keywords", "inline-link",
    ].map { Array($0.utf8) }

    static let tokens: Set<[UInt8]> = Set(["ad", "ads", "adv", "nav", "tag", "hide", "print", "meta", "links"].map { Array($0.utf8) })

    static let positive: [[UInt8]] = [
        "article-body", "articlebody", "article__body", "story-body", "storybody", "entry-content", "post-content",
        "article-content", "articlecontent", "main-content", "post-body", "story-content", "article-text", "body-text",
        "article__content", "content-body", "rich-text", "caas-body",
    ].map { Array($0.utf8) }

    enum Strength { case none, weak, strong }

    /// How surely a `class`/`id` value marks furniture.
    static func noise(_ value: UnsafeBufferPointer<UInt8>) -> Strength {
        guard value.count > 0, value.count <= 400 else { return .none }
        let lower = value.map(ByteClass.lower)
        for p in positive where contains(lower, p) { return .none }
        for p in strong where contains(lower, p) { return .strong }
        for p in weak where contains(lower, p) { return .weak }
        // Whole tokens.
        var s = 0
        while s < lower.count {
            while s < lower.count && isSeparator(lower[s]) { s += 1 }
            var e = s
            while e < lower.count && !isSeparator(lower[e]) { e += 1 }
            if e > s && e - s <= 12 && tokens.contains(Array(lower[s..<e])) { return .weak }
            s = e
        }
        return .none
    }

    /// True for an element whose class or id names the article body.
    static func isArticleBody(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count > 0, value.count <= 400 else { return false }
        let lower = value.map(ByteClass.lower)
        for p in positive where contains(lower, p) { return true }
        return false
    }

    /// A credit inside a caption: `<span class="credit">`, `copyright`, `photographer`.
    static func isCredit(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count > 0, value.count <= 400 else { return false }
        let lower = value.map(ByteClass.lower)
        return contains(lower, Array("credit".utf8)) || contains(lower, Array("copyright".utf8))
            || contains(lower, Array("photographer".utf8)) || contains(lower, Array("source".utf8))
    }

    /// A photo credit outside a caption: `class="Figure-credit"`, `image-credit`.
    static func isPhotoCredit(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count > 0, value.count <= 400 else { return false }
        return contains(value.map(ByteClass.lower), Array("credit".utf8))
    }

    /// A caption outside <figcaption>: `class="Figure-caption"`, `image-caption`, `caption__text`.
    static func isCaption(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count > 0, value.count <= 400 else { return false }
        return contains(value.map(ByteClass.lower), Array("caption".utf8))
    }

    @inline(__always)
    static func isSeparator(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == 0x09 || b == 0x0A
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        var s = 0
        while s + needle.count <= hay.count {
            if hay[s] == needle[0] {
                var k = 1
                while k < needle.count && hay[s + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            s += 1
        }
        return false
    }
}
