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

    [Theory]
    [InlineData("Presdient Obama met the delegation.", "Presdient", "President")]
    [InlineData("Vice Pesident Joseph R. Biden Jr. met the delegation.", "Pesident", "President")]
    [InlineData("House Sepaker Paul D. Ryan met the delegation.", "Sepaker", "Speaker")]
    [InlineData("The British Prime Miinister met the delegation.", "Miinister", "Minister")]
    [InlineData("New York City Myor Michael Bloomberg met the delegation.", "Myor", "Mayor")]
    public void Reports_one_edit_of_any_kind_wherever_a_title_stands(string text, string written, string intended)
    {
        var found = Assert.Single(RuleTester.Run(text, "ATTR004"));
        Assert.Equal(written, RuleTester.At(text, found));
        Assert.Equal(intended, Assert.Single(found.Fix!.Edits).NewText);
    }

    [Theory]
    [InlineData("Resident Evil sold well. Marshall Plan aid arrived.")]
    [InlineData("Marissa Mayer met the delegation.")]
    [InlineData("The premiere was late. Premiere Date was moved.")]
    public void Stays_quiet_for_words_and_names_one_letter_from_a_title(string text) => Assert.Empty(RuleTester.Run(text, "ATTR004"));
}
