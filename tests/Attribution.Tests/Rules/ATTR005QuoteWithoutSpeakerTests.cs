namespace Attribution.Tests.Rules;

public class ATTR005QuoteWithoutSpeakerTests
{
    [Fact]
    public void Reports_a_full_sentence_quotation_that_nobody_said()
    {
        const string text = "The council met on Monday to discuss the budget.\n\n“We will not raise taxes this year, whatever the deficit looks like.”";
        var found = Assert.Single(RuleTester.Run(text, "ATTR005"));
        Assert.StartsWith("“We will not", RuleTester.At(text, found));
    }

    [Theory]
    [InlineData("“We will not raise taxes this year, whatever the deficit looks like,” said Mayor Anna Berg.")]
    [InlineData("Mayor Anna Berg said: “We will not raise taxes this year, whatever the deficit looks like.”")]
    [InlineData("The meeting was a “great game” for the mayor.")]
    public void Stays_quiet_for_credited_or_short_quotations(string text) => Assert.Empty(RuleTester.Run(text, "ATTR005"));
}
