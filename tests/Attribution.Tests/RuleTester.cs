using Attribution.Analyzers;
using Attribution.Documents;

namespace Attribution.Tests;

/// <summary>Runs the whole pipeline on a text and returns what one rule (or all) found.</summary>
internal static class RuleTester
{
    public static IReadOnlyList<Diagnostic> Run(string text, string? id = null, string path = "article.txt")
    {
        var result = new Checker().Check(new ArticleLoader().Parse(text, path));
        return id is null ? result.Diagnostics : result.Diagnostics.Where(d => d.Id == id).ToList();
    }

    /// <summary>Runs the pipeline with the given options; <paramref name="articleDate"/> stands for the date the article's metadata gives.</summary>
    public static IReadOnlyList<Diagnostic> Run(string text, string? id, CheckerOptions options, DateOnly? articleDate = null, string path = "article.txt")
    {
        var document = new ArticleLoader().Parse(text, path);
        if (articleDate is not null)
        {
            document = new Document(document.Path, document.Source, document.Text, document.Map, document.Metadata with { Date = articleDate }, document.QuoteRegions);
        }
        var result = new Checker(AnalyzerCatalog.All, options).Check(document);
        return id is null ? result.Diagnostics : result.Diagnostics.Where(d => d.Id == id).ToList();
    }

    /// <summary>
    /// The cited source a rule's page gives for its examples (a ```text block under "## Source"), as the source of
    /// every quotation; null when the page gives none.
    /// </summary>
    public static Attribution.Sources.SingleSource? PageSource(string page)
    {
        var block = System.Text.RegularExpressions.Regex.Match(page, "^## Source\n.*?```text\n(.*?)```",
            System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.Multiline);
        return block.Success
            ? new(new Attribution.Sources.SourceDocument("https://example.org/source", Document.FromText("source.txt", block.Groups[1].Value.TrimEnd('\n'))))
            : null;
    }

    /// <summary>The text at a diagnostic's span in the original.</summary>
    public static string At(string text, Diagnostic diagnostic) => text[diagnostic.Span.Start..diagnostic.Span.End];

    public static string At(string text, Attribution.Text.TextSpan span) => text[span.Start..span.End];

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Attribution.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }
}
