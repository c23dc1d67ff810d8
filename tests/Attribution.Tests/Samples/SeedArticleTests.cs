using Attribution.Analyzers;

namespace Attribution.Tests.Samples;

/// <summary>What the article the project was conceived from must produce.</summary>
public class SeedArticleTests
{
    private static readonly string Path = System.IO.Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt");
    private static readonly string Text = File.ReadAllText(Path);
    private static readonly IReadOnlyList<Diagnostic> Found = RuleTester.Run(Text);

    [Fact]
    public void Medvedev_is_called_prime_minister_where_his_quote_is_introduced()
    {
        var conflict = Assert.Single(Found, d => d.Id == "ATTR001");
        Assert.Equal("the Russian Prime Minister", RuleTester.At(Text, conflict));
        Assert.Contains("Medvedev", conflict.Message);
        Assert.Contains(conflict.RelatedLocations, r => RuleTester.At(Text, r.Span) == "Russian President Medvedev");
        // The same root cause seen from the office: Putin is the Russian Prime Minister then.
        Assert.Contains(conflict.RelatedLocations, r => RuleTester.At(Text, r.Span).EndsWith("Putin", StringComparison.Ordinal));
        Assert.DoesNotContain(Found, d => d.Id == "ATTR002" && d.Span != conflict.Span);
    }

    [Fact]
    public void Fradkov_Musharraf_and_Zardari_are_not_reported()
    {
        foreach (var diagnostic in Found.Where(d => d.Id is "ATTR001" or "ATTR002"))
        {
            Assert.DoesNotContain("Fradkov", diagnostic.Message);
            Assert.DoesNotContain("Musharraf", diagnostic.Message);
            Assert.DoesNotContain("Zardari", diagnostic.Message);
        }
    }

    [Fact]
    public void Bolyrev_is_fixed_to_Boldyrev()
    {
        var spelling = Assert.Single(Found, d => d.Id == "ATTR003");
        Assert.Equal("Bolyrev", RuleTester.At(Text, spelling));
        Assert.Equal("Boldyrev", Assert.Single(spelling.Fix!.Edits).NewText);
    }

    [Fact]
    public void Genral_is_fixed_to_General()
    {
        var title = Assert.Single(Found, d => d.Id == "ATTR004");
        Assert.Equal("Genral", RuleTester.At(Text, title));
        Assert.Equal("General", Assert.Single(title.Fix!.Edits).NewText);
    }

    [Fact]
    public void The_anonymous_officials_are_flagged() =>
        Assert.Contains(Found, d => d.Id == "ATTR006" && RuleTester.At(Text, d) == "the officials"
            && Text.IndexOf("who spoke on condition of anonymity", d.Span.End, StringComparison.Ordinal) == d.Span.End + 2);

    [Fact]
    public void Zardari_speaks_after_a_colon_without_quotation_marks() =>
        Assert.Contains(Found, d => d.Id == "ATTR012" && RuleTester.At(Text, d).StartsWith("The time has come", StringComparison.Ordinal));

    [Fact]
    public void Russian_Russian_is_a_doubled_word() =>
        Assert.Contains(Found, d => d.Id == "ATTR013" && RuleTester.At(Text, d) == "Russian" && RuleTester.At(Text, d.RelatedLocations[0].Span) == "Russian");

    [Fact]
    public void Nothing_comes_from_the_reader_comments()
    {
        var commentsStart = Text.IndexOf("2 Responses to", StringComparison.Ordinal);
        Assert.All(Found, d => Assert.True(d.Span.End <= commentsStart));
        var model = new Checker().Check(new Attribution.Documents.ArticleLoader().Parse(Text, "seed-article.txt")).Model;
        Assert.All(model.Statements, s => Assert.True(s.ContentCover.End <= commentsStart));
    }
}
