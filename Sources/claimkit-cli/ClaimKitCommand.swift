import ArgumentParser
import ClaimKit

@main
struct ClaimKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimkit",
        abstract: "Find what news articles claim: by whom, how firmly, with which numbers and dates.",
        discussion: """
            Examples:
              claimkit extract article.txt --pretty
              claimkit extract page.html --date 2024-06-20
              cat articles.jsonl | claimkit extract --jsonl > documents.jsonl
            """,
        version: ClaimKitVersion.string,
        subcommands: [Extract.self, Compare.self]
    )
}
