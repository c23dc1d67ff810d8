namespace Attribution.Tests.Rules;

public class ATTR013DoubledWordTests
{
    [Fact]
    public void Reports_a_doubled_word_in_a_title_with_a_fix()
    {
        const string text = "The Russian Russian president Dmitry Medvedev met the delegation.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR013"));
        Assert.Equal(12, found.Span.Start);
        var edit = Assert.Single(found.Fix!.Edits);
        Assert.Equal("The Russian president Dmitry Medvedev met the delegation.", text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..]);
    }

    [Fact]
    public void Stays_quiet_for_a_title_without_repeats() =>
        Assert.Empty(RuleTester.Run("The Russian president Dmitry Medvedev met the Chairman of the Committee of Defence.", "ATTR013"));
}
