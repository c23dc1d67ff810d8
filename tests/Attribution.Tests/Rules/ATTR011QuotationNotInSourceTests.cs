using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Sources;

namespace Attribution.Tests.Rules;

public class ATTR011QuotationNotInSourceTests
{
    private const string Source = """
        Councillor Quist said: “The parking budget cannot carry a second ferry for long. I ask for a review in the autumn.”

        The proposal was carried by five votes to two.
        """;

    private static IReadOnlyList<Attribution.Analyzers.Diagnostic> Run(string article, string source = Source) =>
        RuleTester.Run(article, "ATTR011", CheckerOptions.Default with
        {
            Sources = new SingleSource(new SourceDocument("https://example.org/minutes", Document.FromText("minutes.txt", source))),
        });

    [Fact]
    public void A_quotation_that_stands_in_its_source_is_not_reported()
    {
        Assert.Empty(Run("Councillor Marta Quist warned that “the parking budget cannot carry a second ferry for long”."));
        Assert.Empty(Run("“The parking budget cannot carry a second ferry for long. I ask for a review in the autumn,” Quist said."));
    }

    [Fact]
    public void A_quotation_with_a_word_changed_shows_the_difference_and_suggests_the_source_wording()
    {
        const string article = "Councillor Marta Quist warned that “the parking budget cannot carry a night ferry for long”.";
        var found = Assert.Single(Run(article));
        Assert.Equal("“the parking budget cannot carry a night ferry for long”", RuleTester.At(article, found));
        Assert.Equal("'the parking budget cannot carry a …' is worded differently in the source it cites, https://example.org/minutes", found.Message);
        Assert.Equal(["minutes.txt(1,25): the source says", "-cannot carry a night ferry for long", "+cannot carry a second ferry for long"], found.Notes);
        Assert.Equal(FixKind.Suggestion, found.Fix!.Kind);
        var edit = Assert.Single(found.Fix.Edits);
        Assert.Equal("the parking budget cannot carry a night ferry for long", RuleTester.At(article, edit.Span));
        Assert.Equal("the parking budget cannot carry a second ferry for long", edit.NewText);
    }

    [Fact]
    public void A_quotation_the_source_does_not_contain_is_reported_as_missing()
    {
        const string article = "The operator said that “every crossing after ten will be staffed by two deck hands”.";
        var found = Assert.Single(Run(article));
        Assert.Equal("'every crossing after ten will be …' is not in the source it cites, https://example.org/minutes", found.Message);
        Assert.Null(found.Fix);
        Assert.Empty(found.Notes);
    }

    [Fact]
    public void Short_quotations_titles_and_unsourced_articles_are_not_compared()
    {
        Assert.Empty(Run("The councillor called the plan “reckless”."));
        Assert.Empty(Run("She spoke on CBS's “Face the Nation” on Sunday."));
        Assert.Empty(RuleTester.Run("Councillor Marta Quist warned that “the parking budget cannot carry a night ferry for long”.", "ATTR011"));
    }

    [Fact]
    public void A_quotation_is_compared_with_the_source_it_cites()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources:\n  https://example.org/minutes: minutes.md\n  https://example.org/notice: notice.txt\n");
        directory.Write("src/minutes.md", "# Minutes\n\n" + Source);
        directory.Write("src/notice.txt", "Crossings after ten in the evening are served by the smaller of our two ferries.");
        var article = directory.Write("article.html", """
            <p>Councillor Marta Quist warned that <q cite="https://example.org/minutes">the parking budget cannot carry a second ferry for long</q>.</p>
            <p>The operator said that <q cite="https://example.org/notice">the parking budget cannot carry a second ferry for long</q>.</p>
            """);
        using var sources = new CitedSources(SourceManifest.Load(directory["src"], "src"), null) { DisplayDirectory = directory.Path };
        var result = new Checker(Attribution.Analyzers.AnalyzerCatalog.All, CheckerOptions.Default with { Sources = sources })
            .Check(new ArticleLoader().Load(new InputFile(article, "article.html"))!);
        var found = Assert.Single(result.Diagnostics, d => d.Id == "ATTR011");
        Assert.Equal(2, result.Document.Source.GetLinePosition(found.Span.Start).Line);
        Assert.EndsWith("https://example.org/notice", found.Message);
        Assert.Empty(sources.Notices);
    }

    [Fact]
    public void A_link_beside_a_quotation_in_markdown_cites_its_source()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources:\n  https://example.org/minutes: minutes.md\n");
        directory.Write("src/minutes.md", "# Minutes\n\n" + Source);
        directory.Write("article.md", "# Ferry\n\nCouncillor Marta Quist [told the council](https://example.org/minutes#item-4) that “the parking budget cannot carry a night ferry for long”.\n");
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "article.md", "--sources", "src");
        Assert.Equal(1, code);
        Assert.Contains("article.md(3,84): warning ATTR011: 'the parking budget cannot carry a …' is worded differently in the source it cites, https://example.org/minutes\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("    src/minutes.md(3,25): the source says", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_quotation_citing_a_source_that_cannot_be_read_is_not_judged_by_its_other_sources()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources:\n  https://example.org/minutes: minutes.md\n  https://example.org/video: video.txt\n");
        directory.Write("src/minutes.md", "# Minutes\n\nThe proposal was carried by five votes to two.\n");
        directory.Write("article.md", "# Ferry\n\nCouncillor Marta Quist [told the council](https://example.org/minutes) and [a video](https://example.org/video) that “the parking budget cannot carry a night ferry for long”.\n");
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "article.md", "--sources", "src");
        Assert.Equal(0, code);
        Assert.DoesNotContain("ATTR011", output);
        Assert.Contains("attrib: notice: source https://example.org/video: video.txt does not exist in the sources directory", error);
    }
}
