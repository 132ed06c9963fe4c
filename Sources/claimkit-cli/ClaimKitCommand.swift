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
              claimkit extract article.txt --format text
              cat articles.jsonl | claimkit extract --jsonl > documents.jsonl
              claimkit compare a.txt b.txt --pretty
              claimkit report a.txt b.txt -o report.html

            Shell completion: see completions/ (bash, zsh, fish) or
            'claimkit --generate-completion-script bash'.
            """,
        version: ClaimKitVersion.string,
        subcommands: [Extract.self, Compare.self, ReportCommand.self]
    )
}
