using Attribution.Documents;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

/// <summary>How often a document writes each word in lower case and with a capital (<see cref="WordCases"/>).</summary>
public class WordCasesTests
{
    private static WordCases Cases(string text) => SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).WordCases;

    [Fact]
    public void Counts_lower_case_and_capitalised_occurrences_of_a_word_in_any_case()
    {
        var cases = Cases("Stop the stop sign. STOP now, he said, and stop.");

        var stop = cases.Of("STOP");
        Assert.Equal(2, stop.Lower);
        Assert.Equal(2, stop.Capitalised);
        Assert.True(stop.WrittenInLowerCase);
    }

    [Fact]
    public void A_word_only_written_with_a_capital_is_never_written_in_lower_case()
    {
        var cases = Cases("Zubrowska spoke. Then ZUBROWSKA left.");

        var name = cases.OfLowerCase("zubrowska");
        Assert.Equal(0, name.Lower);
        Assert.Equal(2, name.Capitalised);
        Assert.False(name.WrittenInLowerCase);
        Assert.Equal(default, cases.Of("absent"));
    }

    [Fact]
    public void Counts_beyond_sixteen_bits_are_kept_whole()
    {
        const int Times = 70_000;
        var cases = Cases(string.Concat(Enumerable.Repeat("Stop stop. ", Times)));

        var stop = cases.Of("stop");
        Assert.Equal(Times, stop.Lower);
        Assert.Equal(Times, stop.Capitalised);
        Assert.True(stop.WrittenInLowerCase);
    }
}
