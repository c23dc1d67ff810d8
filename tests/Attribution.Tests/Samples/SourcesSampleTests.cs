using Attribution.Cli;
using Snapshooter;
using Snapshooter.Xunit;

namespace Attribution.Tests.Samples;

/// <summary>
/// samples/sources: an article quoting three sources, one word for word, one with a word changed, one with words its
/// source does not contain, checked against the local copies sources.yaml lists.
/// </summary>
public class SourcesSampleTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, RuleTester.RepositoryRoot);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_report_shows_exactly_the_altered_and_the_missing_quotation()
    {
        var (code, output, error) = Run("check", "samples/sources", "--sources", "samples/sources", "--fail-on", "info");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        var findings = output.Split('\n').Where(l => l.StartsWith("samples/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains("(15,134): warning ATTR011: 'the parking budget cannot carry a …' is worded differently", findings[0]);
        Assert.Contains("(16,132): warning ATTR011: 'every crossing after ten will be …' is not in the source it cites", findings[1]);
        Assert.Contains("    -cannot carry a night ferry for long\n    +cannot carry a second ferry for long\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("1 file checked, 0 errors, 2 warnings, 0 info", output);
        Snapshot.Match(output, SnapshotNameExtension.Create("text"));
    }

    [Fact]
    public void The_diff_format_offers_the_source_wording_as_a_suggestion_only() =>
        Snapshot.Match(Run("check", "samples/sources", "--sources", "samples/sources", "--format", "diff").Output, SnapshotNameExtension.Create("diff"));

    [Fact]
    public void The_quote_sheet_says_where_each_quotation_stands_in_its_source() =>
        Snapshot.Match(Run("quotes", "samples/sources", "--sources", "samples/sources").Output);

    [Fact]
    public void Without_sources_the_article_is_checked_as_any_other_and_the_source_pages_are_left_out()
    {
        var (code, output, _) = Run("check", "samples/sources", "--fail-on", "info");
        Assert.Equal(0, code);
        Assert.Equal("1 file checked, 0 errors, 0 warnings, 0 info", output.Trim());
    }
}
