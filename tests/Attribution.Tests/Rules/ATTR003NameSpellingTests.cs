namespace Attribution.Tests.Rules;

/// <summary>ATTR003: a rare variant of a frequent spelling of the same person's surname.</summary>
public class ATTR003NameSpellingTests
{
    private static IReadOnlyList<Analyzers.Diagnostic> Run(string text) => RuleTester.Run(text, "ATTR003");

    [Fact]
    public void Reports_the_rare_spelling_with_the_majority_spelling_as_fix()
    {
        const string text = "General Vladimir Boldyrev met the delegation. General Vladimir Boldyrev spoke first. Later, General Vladimir Bolyrev hosted a dinner.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Bolyrev", RuleTester.At(text, found));
        var edit = Assert.Single(found.Fix!.Edits);
        Assert.Equal("Bolyrev", RuleTester.At(text, edit.Span));
        Assert.Equal("Boldyrev", edit.NewText);
    }

    [Fact]
    public void Stays_quiet_for_two_people_with_similar_surnames_and_different_first_names()
    {
        const string text = "Senator Hillary Clinton spoke. Senator Hillary Clinton left. Mayor George Clifton listened.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Takes_a_typographic_and_a_straight_apostrophe_for_one_spelling_and_still_reports_a_dropped_letter()
    {
        const string apostrophes = "Senator Paul O'Neill met the delegation. Senator Paul O'Neill spoke first. Later, Senator Paul O’Neill hosted a dinner.";
        Assert.Empty(Run(apostrophes));
        const string misspelt = "Senator Paul O'Neill met the delegation. Senator Paul O'Neill spoke first. Later, Senator Paul O'Neil hosted a dinner.";
        Assert.Equal("O'Neil", RuleTester.At(misspelt, Assert.Single(Run(misspelt))));
    }

    [Fact]
    public void Stays_quiet_when_both_spellings_are_equally_frequent()
    {
        const string text = "General Vladimir Boldyrev met the delegation. Later, General Vladimir Bolyrev hosted a dinner.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Reports_a_surname_alone_with_the_persons_title_and_a_close_spelling()
    {
        const string text = "Senator Maria Lindqvist spoke. Senator Lindqvist left. Later, Senator Lindquist returned.";
        Assert.Equal("Lindquist", RuleTester.At(text, Assert.Single(Run(text))));
        // Another title, another person.
        Assert.Empty(Run("Senator Maria Lindqvist spoke. Senator Lindqvist left. Later, Mayor Lindquist returned."));
    }

    [Fact]
    public void Reports_a_surname_alone_one_letter_off_a_frequent_one()
    {
        const string text = "Governor Tom Reed spoke. Reed left. Reed returned. Later the Raed campaign said it was over.";
        Assert.Equal("Raed", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Governor Tom Reed spoke. Reed left. Reed returned. Later Ann Raed said it was over."));
    }

    [Fact]
    public void Reports_swapped_letters()
    {
        const string text = "Donald Trump spoke. Trump left. Trump returned. The Turmp campaign said it was over.";
        Assert.Equal("Turmp", RuleTester.At(text, Assert.Single(Run(text))));
    }

    [Fact]
    public void Treats_short_forms_of_a_first_name_as_the_same_person()
    {
        const string text = "Vice President Joseph Bidden met the press. Joe Biden said it was fine. Biden smiled. Biden left.";
        Assert.Equal("Bidden", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Vice President Joseph Biden met the press. Joe Biden said it was fine. Biden smiled. Biden left."));
    }

    [Fact]
    public void Stays_quiet_for_initials_middle_names_and_consistent_transliterations()
    {
        Assert.Empty(Run("John D. Podesta met the press. John Podesta said it was fine. Podesta left. Hillary Rodham Clinton and Hillary Clinton are one woman."));
        Assert.Empty(Run("Moammar Gadhafi spoke. Gadhafi left. Gadhafi returned."));
    }

    [Fact]
    public void Stays_quiet_for_places_organisations_plurals_and_common_words()
    {
        Assert.Empty(Run("He lives in New York. The New Yorker wrote about New York. New York is big."));
        Assert.Empty(Run("Bill Clinton spoke. Clinton left. Clinton returned. The Clintons went home."));
        Assert.Empty(Run("Bill Weld spoke. Weld left. Weld returned. \"Well, it went well,\" he said."));
        Assert.Empty(Run("They include Fort Hood, Texas, and Sandy Hook. Sandy Hook Promise said so. The Sandy Hook families met."));
    }

    [Fact]
    public void Reads_a_misspelt_name_in_a_title_case_headline()
    {
        const string text = "Lindquist Backs Bill On Harbour Taxes\n\nSenator Maria Lindqvist backed the bill on harbour taxes. Lindqvist said it would pass. Lindqvist left.";
        Assert.Equal("Lindquist", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Lindqvist Backs Bill On Harbour Taxes\n\nSenator Maria Lindqvist backed the bill on harbour taxes. Lindqvist said it would pass. Lindqvist left."));
    }

    [Fact]
    public void Never_merges_two_full_names_that_share_a_surname()
    {
        Assert.Empty(Run("Donald Trump spoke. Donald Trump Jr. left. Trump said so. Trump Jr. agreed."));
        Assert.Empty(Run("Jeb Bush spoke. George W. Bush listened. Bush left. Bush returned."));
    }
}
