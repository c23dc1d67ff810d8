using Attribution.Lexicon;
using Attribution.Records;
using Attribution.RuleBenchmark;

namespace Attribution.Tests.RuleBenchmark;

/// <summary>The record-title injection on invented articles: where it swaps a title, and where the text leaves no place for it.</summary>
public class RecordTitleInjectionTests
{
    private static readonly Measurement Measurement = new();

    private static Article Article(string text, DateOnly? date) => new("article.txt", "article", text, date);

    private static Injection? Inject(Article article)
    {
        var clean = Measurement.Check(article, article.Text);
        return RecordTitleInjector.Inject(clean.Model, OfficeLexicon.Default, PublicRecords.Default, Seeds.For(article.Name, Seeds.Default, InjectionKind.RecordTitle));
    }

    [Fact]
    public void Swaps_a_senators_title_for_one_only_the_records_contradict_and_the_checker_finds_it()
    {
        var article = Article("Sen. Chuck Schumer (D-N.Y.) said the vote would be close. Schumer left early.", new DateOnly(2016, 5, 3));
        var injection = Inject(article);
        Assert.NotNull(injection);
        Assert.Equal(("Sen.", "Rep."), (injection.Original, injection.Replacement));
        Assert.StartsWith("Rep. Chuck Schumer", injection.NewText);
        var (injections, findings) = Measurement.Measure(article);
        Assert.True(injections.Single(i => i.Injection.Kind == InjectionKind.RecordTitle).Caught);
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "ATTR014");
    }

    [Theory]
    [InlineData("Sen. Chuck Schumer said the vote would be close. Sen. Chuck Schumer left early.")] // the text itself would contradict the swap
    [InlineData("\"Sen. Chuck Schumer will vote no,\" an aide said.")] // a speaker's words
    [InlineData("Sen. Johnson said the vote would be close.")] // no full name
    [InlineData("Gov. Chuck Schumer said the vote would be close.")] // not a federal title
    public void Leaves_no_place_where_the_text_or_the_records_do_not_allow_one(string text)
    {
        Assert.Null(Inject(Article(text, new DateOnly(2016, 5, 3))));
    }

    [Fact]
    public void Needs_the_articles_date()
    {
        Assert.Null(Inject(Article("Sen. Chuck Schumer said the vote would be close.", null)));
    }
}
