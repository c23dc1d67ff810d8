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
}
