using Attribution.Documents;

namespace Attribution.Tests.Documents;

public class ProseLanguageTests
{
    private const string English = "The council met on Monday for the budget. The deficit was larger than it had been in years, and the reserves were low. ";
    private const string Portuguese = "O conselho reuniu-se na segunda-feira para discutir o orçamento, e a prefeita disse que o déficit era maior do que em anos. ";

    [Fact]
    public void English_prose_is_english() => Assert.True(ProseLanguage.LooksEnglish(string.Concat(Enumerable.Repeat(English, 5))));

    [Fact]
    public void Prose_in_another_language_is_not() => Assert.False(ProseLanguage.LooksEnglish(string.Concat(Enumerable.Repeat(Portuguese, 5))));

    [Fact]
    public void A_short_text_is_given_the_benefit_of_the_doubt() => Assert.True(ProseLanguage.LooksEnglish(Portuguese));

    [Fact]
    public void The_checker_reports_nothing_on_an_article_in_another_language()
    {
        var text = "Texto\n\n" + string.Concat(Enumerable.Repeat(Portuguese, 5)) + "\n\n“Não vamos aumentar os impostos este ano, seja qual for o déficit.”";
        Assert.Empty(RuleTester.Run(text, "ATTR005"));
        Assert.Single(RuleTester.Run(text.Replace(Portuguese, English, StringComparison.Ordinal), "ATTR005"));
    }
}
