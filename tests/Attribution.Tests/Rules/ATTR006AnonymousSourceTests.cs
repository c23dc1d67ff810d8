namespace Attribution.Tests.Rules;

public class ATTR006AnonymousSourceTests
{
    [Theory]
    [InlineData("The helicopters may be delivered as soon as June 8, said the officials, who spoke on condition of anonymity.", "the officials")]
    [InlineData("The deal is close to being signed, sources said.", "sources")]
    public void Reports_claims_credited_to_unnamed_people(string text, string speaker)
    {
        var found = Assert.Single(RuleTester.Run(text, "ATTR006"));
        Assert.Equal(speaker, RuleTester.At(text, found));
    }

    [Fact]
    public void Stays_quiet_for_named_sources() =>
        Assert.Empty(RuleTester.Run("The helicopters may be delivered as soon as June 8, said Alan Kronstadt, a defence analyst.", "ATTR006"));
}
