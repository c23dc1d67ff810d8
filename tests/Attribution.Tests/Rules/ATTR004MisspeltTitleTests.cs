namespace Attribution.Tests.Rules;

public class ATTR004MisspeltTitleTests
{
    [Fact]
    public void Reports_a_title_one_letter_off_before_a_name()
    {
        const string text = "Genral Ashfaq Parvez Kayani met the delegation in Moscow.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR004"));
        Assert.Equal("Genral", RuleTester.At(text, found));
        Assert.Equal("General", Assert.Single(found.Fix!.Edits).NewText);
    }

    [Fact]
    public void Stays_quiet_for_correct_titles_and_ordinary_words()
    {
        Assert.Empty(RuleTester.Run("General Ashfaq Parvez Kayani met the delegation. Several Pakistani officers attended.", "ATTR004"));
    }

    [Fact]
    public void Stays_quiet_for_plural_titles_and_reports_a_misspelt_one()
    {
        Assert.Empty(RuleTester.Run("Senators Maria Lindqvist and Tom Reed voted. Justices Anna Kerr and Tom Hale dissented.", "ATTR004"));
        const string text = "Senators Maria Lindqvist and Tom Reed voted. Senatr Anna Kerr Smith did not.";
        Assert.Equal("Senatr", RuleTester.At(text, Assert.Single(RuleTester.Run(text, "ATTR004"))));
    }
}
