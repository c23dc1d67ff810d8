using Attribution.RuleBenchmark;
using Attribution.Lexicon;

namespace Attribution.Tests.RuleBenchmark;

/// <summary>The measurement's injections, on invented articles: what they change and that the checker finds them.</summary>
public class InjectionTests
{
    private static readonly Measurement Measurement = new();

    private static Article Article(string text, DateOnly? date = null) => new("article.txt", "article", text, date);

    [Fact]
    public void Swaps_a_corroborated_title_for_one_that_excludes_it_and_the_checker_finds_it()
    {
        var article = Article("Secretary of State John Kerry landed on Monday. Secretary of State John Kerry met the press on Tuesday.");
        var clean = Measurement.Check(article, article.Text);
        var injection = RoleInjector.Inject(clean.Model, OfficeLexicon.Default, Seeds.For(article.Name, Seeds.Default, InjectionKind.Role));
        Assert.NotNull(injection);
        Assert.Equal("Secretary of State", injection.Original);
        Assert.Contains(OfficeLexicon.Default.ExcludedBy(OfficeLexicon.Default.FindById("secretary-of-state")!), o => o.Forms.Contains(injection.Replacement, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(injection.Replacement, injection.NewText[injection.Span.Start..injection.Span.End]);
        var (injections, findings) = Measurement.Measure(article);
        Assert.True(injections.Single(i => i.Injection.Kind == InjectionKind.Role).Caught);
        Assert.Empty(findings);
    }

    [Fact]
    public void Finds_no_suitable_title_when_nothing_else_in_the_text_says_what_the_person_is()
    {
        var article = Article("Secretary of State John Kerry landed on Monday. Kerry met the press on Tuesday.");
        var clean = Measurement.Check(article, article.Text);
        Assert.Null(RoleInjector.Inject(clean.Model, OfficeLexicon.Default, new Random(1)));
    }

    [Fact]
    public void Leaves_titles_in_a_passage_dated_to_another_year_alone()
    {
        var article = Article("In 2012, Secretary of State John Kerry landed. Secretary of State John Kerry met the press.", new DateOnly(2016, 5, 2));
        var clean = Measurement.Check(article, article.Text);
        Assert.Null(RoleInjector.Inject(clean.Model, OfficeLexicon.Default, new Random(1)));
    }

    [Fact]
    public void Misspells_an_inner_letter_of_a_frequent_surname_and_the_checker_finds_it()
    {
        var article = Article("Senator Maria Lindqvist spoke on Monday. Lindqvist said the bill would pass. Lindqvist left early.");
        var clean = Measurement.Check(article, article.Text);
        var injection = SpellingInjector.Inject(clean.Model, Seeds.For(article.Name, Seeds.Default, InjectionKind.Spelling));
        Assert.NotNull(injection);
        Assert.Equal("Lindqvist", injection.Original);
        Assert.NotEqual("Lindqvist", injection.Replacement);
        Assert.Equal('L', injection.Replacement[0]);
        Assert.Equal('t', injection.Replacement[^1]);
        var (injections, _) = Measurement.Measure(article);
        Assert.True(injections.Single(i => i.Injection.Kind == InjectionKind.Spelling).Caught);
    }

    [Fact]
    public void Misspells_only_people_mentioned_three_times()
    {
        var article = Article("Senator Maria Lindqvist spoke on Monday. Lindqvist left early.");
        var clean = Measurement.Check(article, article.Text);
        Assert.Null(SpellingInjector.Inject(clean.Model, new Random(1)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Misspelling_changes_one_inner_letter(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var misspelt = TextParts.Misspell("Boldyrev", random, out _);
            Assert.Equal('B', misspelt[0]);
            Assert.Equal('v', misspelt[^1]);
            Assert.InRange(misspelt.Length, 7, 9);
        }
    }

    [Fact]
    public void The_random_source_depends_only_on_the_article_and_the_seed()
    {
        Assert.Equal(Seeds.For("a", 7, InjectionKind.Role).Next(), Seeds.For("a", 7, InjectionKind.Role).Next());
        Assert.NotEqual(Seeds.For("a", 7, InjectionKind.Role).Next(), Seeds.For("b", 7, InjectionKind.Role).Next());
    }
}
