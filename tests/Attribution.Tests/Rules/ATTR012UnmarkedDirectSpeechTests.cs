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

    [Theory]
    [InlineData("Noting the talks, Mayor Anna Berg said: “The time has come to address the deficit together.”")]
    [InlineData("Mayor Anna Berg said the time had come to address the deficit together.")]
    public void Stays_quiet_for_quoted_or_reported_speech(string text) => Assert.Empty(RuleTester.Run(text, "ATTR012"));
}
