namespace Attribution.Tests.Rules;

public class ATTR012UnmarkedDirectSpeechTests
{
    [Fact]
    public void Reports_direct_speech_after_a_colon_without_marks()
    {
        const string text = "Noting the talks, Mayor Anna Berg said: The time has come to address the deficit together.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR012"));
        Assert.StartsWith("The time has come", RuleTester.At(text, found));
        Assert.Equal(Attribution.Fixes.FixKind.Suggestion, found.Fix!.Kind);
    }

    [Fact]
    public void Reports_direct_speech_after_a_cue_with_words_between_it_and_its_subject()
    {
        const string text = "Anna Berg has also said: We will not wait for the ferry company.";
        Assert.Equal("We will not wait for the ferry company", RuleTester.At(text, Assert.Single(RuleTester.Run(text, "ATTR012"))));
    }

    [Theory]
    [InlineData("Noting the talks, Mayor Anna Berg said: “The time has come to address the deficit together.”")]
    [InlineData("Mayor Anna Berg said the time had come to address the deficit together.")]
    [InlineData("Mayor Anna Berg said: the time had come to address the deficit together.")]
    public void Stays_quiet_for_quoted_or_reported_speech(string text) => Assert.Empty(RuleTester.Run(text, "ATTR012"));

    [Theory]
    [InlineData("Berg met the council and said: Nobody should stand on the pier.")]
    [InlineData("Berg spoke on Monday, saying: The harbour must be dredged this year.")]
    [InlineData("Investors seem to agree: At one point this week, ferry shares were up 17 percent.")]
    public void Stays_quiet_after_a_cue_that_shares_its_subject_with_another_verb(string text) => Assert.Empty(RuleTester.Run(text, "ATTR012"));

    [Fact]
    public void Stays_quiet_for_the_headline_of_a_link()
    {
        const string said = "<p>Mayor Anna Berg said: The time has come to address the deficit together.</p>";
        const string linked = "<p><strong>READ MORE: <a href=\"/news/1\">Mayor Anna Berg said: The time has come to address the deficit</a></strong></p>";
        Assert.Single(RuleTester.Run($"<html><body><article>{said}</article></body></html>", "ATTR012", path: "article.html"));
        Assert.Empty(RuleTester.Run($"<html><body><article><p>The council met on Monday.</p>{linked}</article></body></html>", "ATTR012", path: "article.html"));
    }
}
