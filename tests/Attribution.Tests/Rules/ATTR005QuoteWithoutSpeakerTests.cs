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

/// <summary>The conventions by which a reader finds a speaker the statement reader did not link: each keeps ATTR005 quiet.</summary>
public class ATTR005SpeakerSignalTests
{
    [Theory]
    [InlineData("colon", "The council published its reply on Monday. The reply was short:\n\n“We will not raise taxes this year, whatever the deficit looks like.”")]
    [InlineData("beside", "The council met on Monday.\n\n“We will not raise taxes this year, whatever the deficit looks like,” Berg sings to the crowd.")]
    [InlineData("after", "The council met on Monday.\n\n“We will not raise taxes this year, whatever happens!” An officer shouts.")]
    [InlineData("beat", "The council met on Monday.\n\nMara smiled. “We will not raise taxes this year, whatever the deficit looks like.”")]
    [InlineData("goes on", "“The deficit is large,” Mayor Anna Berg said on Monday.\n\n“We will not raise taxes this year, whatever the deficit looks like.”")]
    [InlineData("turns", "“Is the deficit large?”\n\n“We will not raise taxes this year, whatever the deficit looks like.”")]
    public void Stays_quiet_where_the_text_names_a_speaker(string convention, string text)
    {
        Assert.NotNull(convention);
        Assert.Empty(RuleTester.Run(text, "ATTR005"));
    }

    [Fact]
    public void A_person_merely_named_in_the_paragraph_before_does_not_carry_over()
    {
        const string text = "The council met on Monday.\n\nThe budget of Mayor Anna Berg passed by six votes to five.\n\n“We will not raise taxes this year, whatever the deficit looks like.”";
        Assert.Single(RuleTester.Run(text, "ATTR005"));
    }

    [Fact]
    public void Quotes_the_first_words_of_the_quotation_in_its_message()
    {
        const string text = "The council met on Monday.\n\n“We will not raise taxes this year, whatever the deficit looks like.”";
        Assert.Equal("The quotation 'We will not raise taxes this …' has no identifiable speaker", Assert.Single(RuleTester.Run(text, "ATTR005")).Message);
    }

    [Fact]
    public void A_paragraph_that_is_one_short_quoted_sentence_is_direct_speech()
    {
        const string text = "The council met on Monday.\n\n“Power to the people!”";
        Assert.Single(RuleTester.Run(text, "ATTR005"));
    }
}
