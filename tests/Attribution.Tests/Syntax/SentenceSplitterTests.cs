using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Sentences.Select(s => text[s.Span.Start..s.Span.End])];

    [Theory]
    [InlineData("Mr. Putin met Gen. Kayani in Sept. 2009. They spoke.", 2)]
    [InlineData("The U.S. Army owns them. Two are in Germany.", 2)]
    [InlineData("George W. Bush spoke. He left.", 2)]
    [InlineData("“Go home,” he said. “Now.”", 2)]
    [InlineData("It was late.Security forces arrived.", 2)]
    [InlineData("“Why?” he asked. Nobody answered.", 2)]
    [InlineData("''Go home,'' he said. ''Now.''", 2)]
    public void Splits_sentences_but_not_at_abbreviations(string text, int count) => Assert.Equal(count, Sentences(text).Count);

    [Fact]
    public void A_line_break_ends_a_paragraph_unless_the_next_line_goes_on_in_lower_case()
    {
        var (paragraphs, _) = SentenceSplitter.Split("Russian Dmitry Medvedev\nFor Pakistan, the year\nwas long.\n\nNext.");
        Assert.Equal(3, paragraphs.Count);
    }
}
