using Attribution.RuleBenchmark;

namespace Attribution.Tests.RuleBenchmark;

/// <summary>The credit-versus-link injection: what it writes, that it is read as Markdown and that ATTR015 catches it.</summary>
public class CreditLinkInjectorTests
{
    private static readonly Measurement Measurement = new();

    private static Article Article(string text) => new("article.txt", "article", text, null);

    [Fact]
    public void Links_an_outlet_credit_to_another_outlets_site_and_the_checker_finds_it()
    {
        var article = Article("The council met on Monday night.\n\nThe mayor said the pier would open in May, according to the Associated Press.\n");
        var injection = CreditLinkInjector.Inject(article, Seeds.For(article.Name, Seeds.Default, InjectionKind.CreditLink));
        Assert.NotNull(injection);
        Assert.Equal("Associated Press", injection.Original);
        Assert.StartsWith("[Associated Press](https://www.", injection.Replacement);
        Assert.DoesNotContain("apnews.com", injection.Replacement);
        Assert.Equal(".md", injection.ReadAs);
        Assert.True(Measurement.IsCaught(Measurement.Check(article, injection.NewText, injection.ReadAs), injection));
    }

    [Fact]
    public void Leaves_an_article_without_an_outlet_credit_alone() =>
        Assert.Null(CreditLinkInjector.Inject(Article("The mayor said the pier would open in May, according to officials.\n"), new Random(1)));
}
