using System.Net;
using System.Text;
using Attribution.Documents;

namespace Attribution.Tests.Samples;

/// <summary>
/// For every finding in every sample, in every format, the original file holds at the reported span the very
/// words the finding is about: positions are kept through extraction, never searched for again.
/// </summary>
public class ReportedPositionTests
{
    public static TheoryData<string> SampleFiles => SampleReportSnapshotTests.SampleFiles;

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_source_at_every_reported_span_is_the_text_the_finding_is_about(string sample)
    {
        var path = Path.Combine(RuleTester.RepositoryRoot, sample);
        var file = new InputFile(path, sample);
        var result = new Checker().Check(new ArticleLoader().Load(file)!);
        var source = result.Document.Source.Text;
        foreach (var diagnostic in result.Diagnostics)
        {
            var reported = source[diagnostic.Span.Start..diagnostic.Span.End];
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Subject), $"{diagnostic.Id} has no subject");
            Assert.Equal(Letters(diagnostic.Subject), Letters(WebUtility.HtmlDecode(reported)));
            foreach (var edit in diagnostic.Fix?.Edits ?? [])
            {
                Assert.InRange(edit.Span.End, edit.Span.Start, source.Length);
            }
        }
    }

    [Fact]
    public void Every_format_is_covered_by_a_sample_with_findings()
    {
        var withFindings = SampleReportSnapshotTests.SamplePaths()
            .Where(sample => new Checker().Check(new ArticleLoader().Load(new InputFile(Path.Combine(RuleTester.RepositoryRoot, sample), sample))!).Diagnostics.Count > 0)
            .Select(sample => Path.GetExtension(sample))
            .ToHashSet();
        Assert.Contains(".txt", withFindings);
        Assert.Contains(".md", withFindings);
        Assert.Contains(".html", withFindings);
    }

    /// <summary>The letters and digits of a text: markup and entities aside, the two must agree exactly.</summary>
    private static string Letters(string text)
    {
        var builder = new StringBuilder();
        var inTag = false;
        foreach (var c in text)
        {
            inTag = c == '<' || inTag && c != '>';
            if (!inTag && char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
