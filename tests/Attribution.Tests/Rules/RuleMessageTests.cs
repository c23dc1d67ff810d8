namespace Attribution.Tests.Rules;

/// <summary>Each message names the words it is about, so a reader knows which quotation or mark is meant without the line.</summary>
public class RuleMessageTests
{
    [Fact]
    public void ATTR005_names_the_first_words_of_the_quotation()
    {
        const string text = "The council met on Monday to discuss the budget.\n\n“We will not raise taxes this year, whatever the deficit looks like.”";
        var found = Assert.Single(RuleTester.Run(text, "ATTR005"));
        Assert.Equal("The quotation 'We will not raise taxes this …' has no identifiable speaker", found.Message);
    }

    [Fact]
    public void ATTR008_names_the_words_after_an_opening_mark_never_closed()
    {
        const string text = "“We will not raise taxes this year, said Mayor Anna Berg.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR008"));
        Assert.Equal("The opening quotation mark before 'We will not raise taxes this …' is never closed", found.Message);
    }

    [Fact]
    public void ATTR008_names_the_words_before_a_closing_mark_never_opened()
    {
        const string text = "The council met.\n\nWe will not raise taxes this year,” said Mayor Anna Berg.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR008"));
        Assert.Equal("The closing quotation mark after '… will not raise taxes this year,' has no opening mark", found.Message);
    }

    [Fact]
    public void ATTR010_names_the_words_credited_twice()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg. At the same meeting, Councillor Tom Reed said: “We will not raise taxes this year.”";
        var found = Assert.Single(RuleTester.Run(text, "ATTR010"));
        Assert.StartsWith("'We will not raise taxes this …' is credited to ", found.Message);
        Assert.Contains("Tom Reed", found.Message);
        Assert.EndsWith("Anna Berg earlier", found.Message);
    }

    [Fact]
    public void ATTR012_names_the_first_words_of_the_unmarked_speech()
    {
        const string text = "Noting the talks, Mayor Anna Berg said: The time has come to address the deficit together.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR012"));
        Assert.Equal("The direct speech 'The time has come to address …' after a colon has no quotation marks", found.Message);
    }
}
