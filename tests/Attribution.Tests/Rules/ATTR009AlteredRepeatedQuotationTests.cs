namespace Attribution.Tests.Rules;

public class ATTR009AlteredRepeatedQuotationTests
{
    private const string First = "“We will not raise taxes in the coming year,” said Mayor Anna Berg.\n\n";

    [Fact]
    public void Reports_a_changed_word_and_points_at_the_earlier_version()
    {
        const string text = First + "Later she told reporters: “We will not raise fees in the coming year.”";
        var found = Assert.Single(RuleTester.Run(text, "ATTR009"));
        Assert.Equal(text.LastIndexOf('“'), found.Span.Start);
        Assert.Contains("'taxes' became 'fees'", found.Message, StringComparison.Ordinal);
        var earlier = Assert.Single(found.RelatedLocations);
        Assert.Equal(0, earlier.Span.Start);
    }

    [Fact]
    public void Reports_a_word_added_or_dropped()
    {
        var added = Assert.Single(RuleTester.Run(First + "Later she said: “We will not raise taxes in the coming fiscal year.”", "ATTR009"));
        Assert.Contains("'fiscal' added", added.Message, StringComparison.Ordinal);
        var dropped = Assert.Single(RuleTester.Run(First + "Later she said: “We will raise taxes in the coming year.”", "ATTR009"));
        Assert.Contains("'not' dropped", dropped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_long_quotation_and_a_last_word_against_the_closing_mark()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("the council will review every budget line of the city", 10));
        var longQuotation = $"“{sentence} and we will not raise taxes,” said Mayor Anna Berg.\n\nLater she said: “{sentence} and we will not raise fees.”";
        Assert.Contains("'taxes' became 'fees'", Assert.Single(RuleTester.Run(longQuotation, "ATTR009")).Message, StringComparison.Ordinal);
        const string bare = "“We will not raise taxes in the coming year” said Mayor Anna Berg.\n\nLater she said: “We will not raise fees in the coming year”";
        Assert.Contains("'taxes' became 'fees'", Assert.Single(RuleTester.Run(bare, "ATTR009")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stays_quiet_for_the_same_words_a_fragment_a_short_quotation_and_an_ellipsis()
    {
        Assert.Empty(RuleTester.Run(First + "Later she said: “We will not raise taxes in the coming year!”", "ATTR009"));
        Assert.Empty(RuleTester.Run(First + "She promised the city would “not raise taxes in the coming year,” officials said.", "ATTR009"));
        Assert.Empty(RuleTester.Run("“We will not raise taxes,” said Mayor Anna Berg.\n\nLater she said: “We will not raise fees.”", "ATTR009"));
        Assert.Empty(RuleTester.Run(First + "Later she said: “We will not raise … in the coming year.”", "ATTR009"));
    }

    [Fact]
    public void Stays_quiet_for_different_quotations_and_for_two_identified_speakers()
    {
        Assert.Empty(RuleTester.Run(First + "Later she said: “The council has no money left to spend on roads.”", "ATTR009"));
        Assert.Empty(RuleTester.Run(First + "“We will not raise fees in the coming year,” said Councillor Tom Reed.", "ATTR009"));
    }
}
