using Attribution.Documents;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

/// <summary>How often a document writes each word in lower case and with a capital (<see cref="WordCases"/>).</summary>
public class WordCasesTests
{
    private static WordCases Cases(string text) => SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).WordCases;

    private static void AssertCounts(WordCases.Counts counts, int lower, int capitalised, bool writtenInLowerCase) =>
        Assert.Equal((lower, capitalised, writtenInLowerCase), (counts.Lower, counts.Capitalised, counts.WrittenInLowerCase));

    [Fact]
    public void Counts_lower_case_and_capitalised_occurrences_of_a_word_in_any_case() =>
        AssertCounts(Cases("Stop the stop sign. STOP now, he said, and stop.").Of("STOP"), lower: 2, capitalised: 2, writtenInLowerCase: true);

    [Fact]
    public void A_word_only_written_with_a_capital_is_never_written_in_lower_case()
    {
        var cases = Cases("Zubrowska spoke. Then ZUBROWSKA left.");

        AssertCounts(cases.OfLowerCase("zubrowska"), lower: 0, capitalised: 2, writtenInLowerCase: false);
        AssertCounts(cases.Of("absent"), lower: 0, capitalised: 0, writtenInLowerCase: false);
    }

    [Fact]
    public void Counts_beyond_sixteen_bits_are_kept_whole()
    {
        const int Times = 70_000;

        AssertCounts(Cases(string.Concat(Enumerable.Repeat("Stop stop. ", Times))).Of("stop"), lower: Times, capitalised: Times, writtenInLowerCase: true);
    }
}
