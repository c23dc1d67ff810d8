namespace Attribution.Tests.Rules;

public class ATTR010QuoteCreditedTwiceTests
{
    [Fact]
    public void Reports_the_same_words_credited_to_two_people()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg. At the same meeting, Councillor Tom Reed said: “We will not raise taxes this year.”";
        var found = Assert.Single(RuleTester.Run(text, "ATTR010"));
        Assert.Contains("Tom Reed", found.Message);
        Assert.Contains("Anna Berg", found.Message);
    }

    [Fact]
    public void Stays_quiet_when_one_person_repeats_the_words()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg. Later, Berg said again: “We will not raise taxes this year.”";
        Assert.Empty(RuleTester.Run(text, "ATTR010"));
    }

    [Fact]
    public void Reports_words_credited_to_a_person_and_to_an_organisation()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg.\n\n“We will not raise taxes this year,” The Washington Post said.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR010"));
        Assert.Contains("The Washington Post", found.Message);
        Assert.Contains("Anna Berg", found.Message);
    }

    [Fact]
    public void Reports_words_credited_to_two_organisations()
    {
        const string text = "“We will not raise taxes this year,” The Washington Post said.\n\n“We will not raise taxes this year,” Wyoming Republicans said.";
        Assert.Single(RuleTester.Run(text, "ATTR010"));
    }

    [Fact]
    public void Stays_quiet_when_one_could_speak_for_the_other()
    {
        const string spokesman = "“We will not raise taxes this year,” said Tom Reed, a Washington Post spokesman.\n\n“We will not raise taxes this year,” The Washington Post said.";
        Assert.Empty(RuleTester.Run(spokesman, "ATTR010"));
        const string shortName = "“We will not raise taxes this year,” The Washington Post said.\n\n“We will not raise taxes this year,” The Post said.";
        Assert.Empty(RuleTester.Run(shortName, "ATTR010"));
        const string initials = "“We will not raise taxes this year,” the United Nations said.\n\n“We will not raise taxes this year,” the U.N. said.";
        Assert.Empty(RuleTester.Run(initials, "ATTR010"));
    }

    [Fact]
    public void Stays_quiet_when_one_speaker_is_not_identified()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg.\n\n“We will not raise taxes this year,” the statement said. “We will not raise taxes this year,” some officials said.";
        Assert.Empty(RuleTester.Run(text, "ATTR010"));
    }

    [Fact]
    public void Words_one_speaker_repeats_throughout_are_reported_against_the_first_credit_when_another_speaker_says_them()
    {
        const string repeated = "“We will not raise taxes this year,” said Mayor Anna Berg.\n\n";
        var text = string.Concat(Enumerable.Repeat(repeated, 300)) + "“We will not raise taxes this year,” said Councillor Tom Reed.\n";
        var found = Assert.Single(RuleTester.Run(text, "ATTR010"));
        Assert.Contains("Tom Reed", found.Message);
        Assert.Equal("Anna Berg", RuleTester.At(text, found.RelatedLocations[0].Span)[^9..]);
        Assert.True(found.RelatedLocations[0].Span.End <= repeated.Length);
    }
}
