import Testing

@testable import ClaimKit

/// Blocks, roles and article facts on small articles written for these tests.
@Suite struct StructureBlockTests {
    func run(_ text: String) -> Document {
        var document = Document(text: Array(text.utf8))
        StructureStage.run(&document)
        return document
    }

    func roles(_ d: Document) -> [BlockRole] { d.blocks.map(\.role) }

    @Test func rolesOfATypicalArticle() {
        let text = """
            March 3, 2025

            Fishermen haul nets at dawn near the harbour wall in Porto Velho.

            Maria Santos | AFP | Getty Images

            The fishing fleet stayed in port on Monday after the storm warning. Owners said losses were heavy.

            What comes next?

            Insurers are expected to respond this week. Claims could take months.

            Reuters, AP

            Leave a Reply

            Your email address will not be published. Required fields are marked *
            """
        let d = run(text)
        #expect(roles(d) == [.dateline, .caption, .credit, .paragraph, .heading, .paragraph, .source, .boilerplate, .boilerplate])
        #expect(d.published == "2025-03-03")
        #expect(d.sources == ["Reuters", "AP"])
        #expect(d.language == "en")
    }

    @Test func titleLeadAndByline() {
        let text = """
            Harbour Town Votes To Expand Ferry Service

            By Jane Holt and Omar Farouk

            The town council voted on Tuesday to add two evening crossings. Residents had asked for years.

            A Long Campaign

            Commuters collected signatures over three winters.
            """
        let d = run(text)
        #expect(roles(d) == [.lead, .credit, .paragraph, .heading, .paragraph])
        #expect(d.title == "Harbour Town Votes To Expand Ferry Service")
        #expect(d.authors == ["Jane Holt", "Omar Farouk"])
    }

    @Test func hardWrappedLinesStayInOneBlock() {
        let text = "The committee met for six hours on Thursday and\nagreed to publish the findings next month,\nofficials said.\nA second paragraph starts here."
        let d = run(text)
        #expect(d.blocks.count == 2)
        #expect(d.sentences.count == 2)
    }

    @Test func hardWrapBeforeAFigureOrAfterAnOpenWordJoins() {
        let text = "Grain prices rose again this spring. The mill processes\n40-45% of the valley's wheat, its owners said.\n\nThe mayor visited the site and counted at least\n30 trucks waiting, according to a statement from the\nCouncil press office.\n\nTotal funding for the project rose to\n$4 million last year."
        let d = run(text)
        #expect(d.blocks.count == 3)
        #expect(roles(d) == [.paragraph, .paragraph, .paragraph])
        let sentences = d.sentences.map { String(decoding: d.text[$0.span.start..<$0.span.end], as: UTF8.self) }
        #expect(sentences == [
            "Grain prices rose again this spring.",
            "The mill processes\n40-45% of the valley's wheat, its owners said.",
            "The mayor visited the site and counted at least\n30 trucks waiting, according to a statement from the\nCouncil press office.",
            "Total funding for the project rose to\n$4 million last year.",
        ])
    }

    @Test func shortHeadingBeforeAFigureStaysApart() {
        let d = run("The storm passed on Sunday night.\n\nKey figures\n12 boats were lost in the storm.\n\nThe harbour reopened on Friday.")
        #expect(d.blocks.count == 4)
        #expect(d.blocks[1].role == .heading)
    }

    @Test func personAndOutletCreditMarksTheCaption() {
        for credit in ["Tomas Ruiz | Harbour Gazette", "Ida Mae Holm | Northern Star Photo", "Kim Ode | Lakeside Times | Pool"] {
            let d = run("Volunteers stack sandbags along the river bank in Marlow\n\n" + credit + "\n\nThe river rose by two metres overnight. Schools closed.")
            #expect(roles(d) == [.caption, .credit, .paragraph], "\(credit)")
        }
        // A navigation trail or a heading with a bar is not a credit.
        for line in ["News | Local Politics", "Budget vote | What changes now"] {
            let d = run("Opening paragraph of the story ends here.\n\n" + line + "\n\nThe river rose by two metres overnight. Schools closed.")
            #expect(d.blocks[1].role != .credit, "\(line)")
        }
    }

    @Test func titleOpeningWithACreditWordIsNotACredit() {
        let d = run("Video calls help grandparents stay close\n\nFamilies are using video calls more than ever. Many say it helps.")
        #expect(roles(d) == [.lead, .paragraph])
        for credit in ["Video: Sam Lee/Reuters", "Photo by Sam Lee", "Copyright 2024 Harbour Gazette", "Image source, Harbour Gazette"] {
            let e = run("Boats leave the harbour at dawn near Marlow\n\n" + credit + "\n\nThe fleet sailed early. Nobody was hurt.")
            #expect(e.blocks[1].role == .credit, "\(credit)")
        }
    }

    @Test func blockBeforeALowerCaseBlockIsNotAHeading() {
        let d = run("Champion Through To Final\n\nThe match ended late on Sunday.\n\nThe former champion\n\nwon the final set easily. She now meets the top seed.")
        #expect(roles(d) == [.lead, .paragraph, .paragraph, .paragraph])
    }

    @Test func shortLinesAreSeparateBlocks() {
        let d = run("features\ncontact manager\nevents, activities\n")
        #expect(d.blocks.count == 3)
    }

    @Test func dateLineForms() {
        let forms = ["26 December 2024", "Thursday, December 26, 2024", "Published: 2024-12-26", "Dec. 26, 2024 10:30 GMT", "Updated December 26, 2024 at 3:15 p.m. ET"]
        for f in forms {
            let d = run(f + "\n\nSome body text follows here.")
            #expect(d.blocks.first?.role == .dateline, "\(f)")
            #expect(d.published == "2024-12-26", "\(f)")
        }
        #expect(run("December 26, 2024 was a cold day.").published == nil)
    }

    @Test func creditForms() {
        for credit in ["Photo: Lena Park/Reuters", "Kim Ode | Getty Images", "(AP Photo/Ron Diaz)", "Image source, Getty Images"] {
            let d = run("A crowd gathers outside the stadium before the final.\n\n" + credit + "\n\nThe match began late. Fans were patient.")
            #expect(d.blocks.count == 3)
            #expect(d.blocks[1].role == .credit, "\(credit)")
            #expect(d.blocks[0].role == .caption, "\(credit)")
        }
    }

    @Test func wireDatelineCaptionOpenerAndReportingLine() {
        let text = """
            Minister Resigns Over Scandal

            OSLO (AP) - The minister resigned on Monday. She denied any wrongdoing.

            Image caption, The minister leaving her office

            Image source, Getty Images

            Reporting by Kari Lund; Editing by Per Dahl
            """
        let d = run(text)
        #expect(roles(d) == [.lead, .paragraph, .caption, .credit, .credit])
        #expect(d.sources == ["AP"])
        #expect(d.authors == ["Kari Lund"])
    }

    @Test func linkListAfterRelatedHeader() {
        let text = """
            Council approves new bus routes

            The council approved three new bus routes on Tuesday. Service starts in June.

            Related Stories

            Bus fares to rise next year

            New cycle lanes planned for the centre

            Readers can send questions to the transport desk by email, the council said in a statement on Tuesday evening.
            """
        let d = run(text)
        #expect(roles(d) == [.lead, .paragraph, .boilerplate, .boilerplate, .boilerplate, .paragraph])
    }

    @Test func nonEnglishIsDetected() {
        let text = "Die Regierung hat am Montag beschlossen, dass die Schulen wieder öffnen. Das ist nicht einfach, sagte der Minister, und die Eltern sind mit der Entscheidung nicht zufrieden. Auch die Lehrer wollen mehr Zeit für die Vorbereitung."
        let d = run(text)
        #expect(d.language == "de")
        #expect(d.diagnostics.contains { $0.code == "non_english" })
    }

    @Test func englishWithForeignQuoteStaysEnglish() {
        let text = "The minister said the schools would reopen on Monday, and that the decision was final. “Das ist nicht einfach,” he told reporters in Berlin, before leaving for the airport with his staff."
        #expect(run(text).language == "en")
    }

    @Test func blocksFromMarkupAreKept() {
        var document = Document(text: Array("Title\n\nOne. Two.".utf8), inputFormat: .html)
        document.blocks = [Block(span: Span(start: 0, end: 5), role: .lead), Block(span: Span(start: 7, end: 16), role: .paragraph)]
        StructureStage.run(&document)
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0].role == .lead)
        #expect(document.sentences.count == 3)
    }
}
