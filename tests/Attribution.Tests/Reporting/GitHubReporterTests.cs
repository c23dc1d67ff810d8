using System.Text.RegularExpressions;
using Attribution.Cli;
using Attribution.Reporting;

namespace Attribution.Tests.Reporting;

public class GitHubReporterTests
{
    private static (int Code, string Output, string Error) Check(string article, CliEnvironment? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(["check", "--stdin", "--stdin-filename", "news/post.txt", "--format", "github"], output, error, RuleTester.RepositoryRoot, new StringReader(article), environment);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Twelve misspelt titles (warnings) and twelve doubled words (infos).</summary>
    private static string ManyFindings() => string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
        $"Genral Ashfaq Parvez Kayani met delegation {i} on Monday. The Russian Russian president Dmitry Medvedev spoke."));

    [Theory]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a: b, c", "a: b, c")]
    public void Messages_escape_percent_and_line_breaks(string text, string escaped) => Assert.Equal(escaped, GitHubReporter.EscapeData(text));

    [Theory]
    [InlineData("dir/a,b: c.md", "dir/a%2Cb%3A c.md")]
    [InlineData("100%\n", "100%25%0A")]
    public void Properties_also_escape_colons_and_commas(string text, string escaped) => Assert.Equal(escaped, GitHubReporter.EscapeProperty(text));

    [Fact]
    public void A_finding_is_an_annotation_with_its_span_and_rule()
    {
        var (code, output, _) = Check("The council met.\n\nGenral Ashfaq Parvez Kayani met the delegation.\n");
        Assert.Equal(1, code);
        Assert.Contains("::warning file=news/post.txt,line=3,col=1,endLine=3,endColumn=6,title=ATTR004::'Genral' looks like a misspelling of the title 'General'%0Afix: Write 'General'", output);
        Assert.EndsWith("1 file checked, 0 errors, 1 warning, 0 info" + Environment.NewLine, output);
    }

    [Fact]
    public void A_finding_over_two_lines_has_its_lines_and_no_columns()
    {
        var (_, output, _) = Check("The council met on Monday.\n\n“We will not raise taxes this year,\nwhatever the deficit looks like.”\n");
        Assert.Contains("::notice file=news/post.txt,line=3,endLine=4,title=ATTR005::The quotation 'We will not raise taxes this …' has no identifiable speaker", output);
    }

    [Fact]
    public void At_most_ten_annotations_of_each_level_and_the_rest_as_plain_lines()
    {
        var lines = Check(ManyFindings()).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::notice ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => Regex.IsMatch(l, @"^news/post\.txt\(\d+,\d+\): warning ATTR004: ")));
        Assert.Equal(2, lines.Count(l => Regex.IsMatch(l, @"^news/post\.txt\(\d+,\d+\): info ATTR013: ")));
        // The most severe come first: every warning annotation before any notice.
        Assert.True(Array.FindLastIndex(lines, l => l.StartsWith("::warning", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("::notice", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_summary_table_is_appended_to_the_step_summary_file()
    {
        using var directory = new TempDirectory();
        var summaryPath = directory.Write("summary.md", "Earlier step.\n");
        var environment = new CliEnvironment(false, name => name == "GITHUB_STEP_SUMMARY" ? summaryPath : null);
        Check("The council met.\n\nGenral Ashfaq Parvez Kayani met the delegation.\n", environment);
        var summary = File.ReadAllText(summaryPath);
        Assert.StartsWith("Earlier step.\n### attrib\n", summary);
        Assert.Contains("| Severity | Rule | Where | Message |", summary);
        Assert.Contains("| warning | ATTR004 | news/post.txt:3:1 | 'Genral' looks like a misspelling of the title 'General' |", summary);
    }

    [Fact]
    public void An_unwritable_step_summary_is_a_notice_and_the_annotations_stand()
    {
        using var directory = new TempDirectory();
        var environment = new CliEnvironment(false, name => name == "GITHUB_STEP_SUMMARY" ? directory.Path : null);
        var (code, output, error) = Check("Genral Ashfaq Parvez Kayani met the delegation.\n", environment);
        Assert.Equal(1, code);
        Assert.Contains("::warning ", output);
        Assert.StartsWith("attrib: cannot write the step summary", error);
    }
}

public class GitHubInputErrorTests
{
    [Fact]
    public void An_input_error_is_an_error_annotation_on_its_path()
    {
        var output = new StringWriter();
        var code = CliApplication.Run(["check", "missing/", "--format", "github"], output, new StringWriter(), RuleTester.RepositoryRoot);
        Assert.Equal(2, code);
        Assert.StartsWith("::error file=missing/,title=input error::", output.ToString());
    }
}
