using Attribution.Documents;

namespace Attribution.Tests.Samples;

/// <summary>Reader comments, sidebars and related links are never checked, in any format.</summary>
public class CommentSectionTests
{
    [Theory]
    [InlineData("samples/seed-article.html", "id=\"comments\"")]
    [InlineData("samples/content/pages/harbour-dredging.html", "id=\"comments\"")]
    [InlineData("samples/seed-article.txt", "2 Responses to")]
    public void Nothing_is_reported_or_quoted_from_the_page_around_the_article(string sample, string commentsStart)
    {
        var path = Path.Combine(RuleTester.RepositoryRoot, sample);
        var result = new Checker().Check(new ArticleLoader().Load(new InputFile(path, sample))!);
        var source = result.Document.Source.Text;
        var start = source.IndexOf(commentsStart, StringComparison.Ordinal);
        Assert.True(start > 0);
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= start, $"{d.Id} at {d.Span} is in the comments"));
        Assert.All(result.Model.Statements, s => Assert.True(result.Document.Map.ToSource(s.ContentCover).End <= start));
        Assert.DoesNotContain("neel123", result.Document.Text);
        Assert.DoesNotContain("harbourwatcher", result.Document.Text);
        Assert.DoesNotContain("best local paper", result.Document.Text);
        Assert.DoesNotContain("Holiday flats", result.Document.Text);
    }
}
