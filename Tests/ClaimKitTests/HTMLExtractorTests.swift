import Testing

@testable import ClaimKit

/// Main-text extraction on pages written for these tests.
@Suite struct HTMLExtractorTests {
    func extract(_ html: String) -> Document {
        var d = HTMLExtractor.extract(html: Array(html.utf8))
        StructureStage.run(&d)
        return d
    }

    static let page = """
        <!doctype html>
        <html><head>
        <title>Ferry news - The Harbour Times</title>
        <meta property="og:title" content="Ferry service expands">
        <meta property="article:published_time" content="2025-03-04T08:00:00Z">
        <meta name="author" content="Jane Holt">
        <script>var x = "<p>not text</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <div class="share-bar"><a href="#">Share on Facebook</a></div>
        <article>
          <h1>Ferry service expands</h1>
          <p>The town council voted on Tuesday to add two evening crossings &amp; a night boat.</p>
          <figure><img src="a.jpg"><figcaption>Commuters board the morning ferry. <span class="credit">Photo: Omar Farouk</span></figcaption></figure>
          <h2>A long campaign</h2>
          <p>Commuters collected signatures over three winters, organisers said.</p>
          <div class="ad-slot">Advertisement</div>
          <p>The first new crossing runs in May. Tickets cost the same as before.</p>
          <aside>Related: Bus fares rise</aside>
        </article>
        <div id="comments"><p>Great news, finally something for us commuters!</p></div>
        <footer><p>Copyright 2025 The Harbour Times. All rights reserved.</p></footer>
        </body></html>
        """

    @Test func keepsTheArticleAndDropsFurniture() {
        let d = extract(Self.page)
        let text = d.string(Span(start: 0, end: d.text.count))
        #expect(text.contains("two evening crossings & a night boat."))
        #expect(text.contains("Tickets cost the same as before."))
        for junk in ["Home", "Share on Facebook", "Advertisement", "Related", "Great news", "Copyright", "not text", "color: red"] {
            #expect(!text.contains(junk), "\(junk)")
        }
        #expect(d.inputFormat == .html)
        #expect(d.textDiffersFromInput)
    }

    @Test func rolesFromMarkup() {
        let d = extract(Self.page)
        let pairs = d.blocks.map { ($0.role, d.string($0.span)) }
        #expect(pairs.map(\.0) == [.lead, .paragraph, .caption, .credit, .heading, .paragraph, .paragraph])
        #expect(pairs.first?.1 == "Ferry service expands")
        #expect(pairs[3].1 == "Photo: Omar Farouk")
    }

    @Test func metadata() {
        let d = extract(Self.page)
        #expect(d.title == "Ferry service expands")
        #expect(d.published == "2025-03-04")
        #expect(d.authors == ["Jane Holt"])
    }

    @Test func jsonLDWins() {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2025-01-09T10:00:00+01:00",
            "author":[{"@type":"Person","name":"Lena Park"},{"@type":"Person","name":"Ron Diaz"}]}]}</script>
            <meta property="og:title" content="Other title"></head>
            <body><div class="content"><p>The bridge reopened to traffic on Thursday morning after repairs.</p></div></body></html>
            """
        let d = extract(html)
        #expect(d.title == "Bridge reopens")
        #expect(d.published == "2025-01-09")
        #expect(d.authors == ["Lena Park", "Ron Diaz"])
    }

    @Test func authorNamesAreCleaned() {
        #expect(HTMLMetadata.personNames("By Ana Ruiz And Tom Berg For The Daily Paper") == ["Ana Ruiz", "Tom Berg"])
        #expect(HTMLMetadata.personNames("Lee Chan, CNN") == ["Lee Chan"])
        #expect(HTMLMetadata.personNames("Harbour Times Staff").isEmpty)
        #expect(HTMLMetadata.personNames("No Author").isEmpty)
    }

    @Test func siteLogoHeadingIsNotTheTitle() {
        let html = """
            <html><head><meta property="og:title" content="Dam repairs finish early"></head><body>
            <div class="logo"><h1>THE VALLEY NEWS</h1></div>
            <div class="story"><p>Repairs to the old dam finished two weeks early, engineers said on Friday.</p>
            <p>The reservoir will be refilled over the summer, the water board said.</p></div></body></html>
            """
        let d = extract(html)
        #expect(d.title == "Dam repairs finish early")
        #expect(d.blocks.first?.role == .paragraph)
        #expect(!d.string(Span(start: 0, end: d.text.count)).contains("VALLEY"))
    }

    @Test func densestContainerWithoutArticleTag() {
        let html = """
            <body><div class="menu"><p>Sections: World, Business, Sport, Weather and more links here</p></div>
            <div class="main"><div class="col"><p>The first paragraph of the story has enough words to count.</p>
            <p>The second paragraph adds more detail, with numbers and names.</p></div></div>
            <div class="list"><a href="/a">Another story with a long headline that is only a link</a></div></body>
            """
        let d = extract(html)
        let text = d.string(Span(start: 0, end: d.text.count))
        #expect(text.hasPrefix("The first paragraph"))
        #expect(!text.contains("Sections"))
        #expect(!text.contains("Another story"))
    }

    @Test func spansPointIntoExtractedText() {
        let d = extract(Self.page)
        for b in d.blocks { #expect(b.span.end <= d.text.count && !b.span.isEmpty) }
        for s in d.sentences { #expect(d.blocks[s.block].span.contains(s.span)) }
        #expect(d.sentences.contains { d.string($0.span) == "The first new crossing runs in May." })
    }

    @Test func brokenMarkupAndEntities() {
        let d = extract("<p>Caf&eacute; owners <b>protest<p>Second &#8220;block&#8221; here.</div></span>")
        let text = d.string(Span(start: 0, end: d.text.count))
        #expect(text.contains("Café owners protest"))
        #expect(text.contains("Second “block” here."))
    }

    @Test func emptyAndTextOnlyInputs() {
        #expect(HTMLExtractor.extract(html: []).blocks.isEmpty)
        let d = extract("<html></html>")
        #expect(d.blocks.isEmpty)
        #expect(d.sentences.isEmpty)
    }
}
