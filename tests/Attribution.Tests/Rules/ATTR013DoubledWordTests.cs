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

    [Fact]
    public void Reports_a_word_doubled_in_an_attribution()
    {
        const string text = "“We will not comment,” the White White House spokesman said on Tuesday.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR013"));
        Assert.Equal("White", text[found.Span.Start..found.Span.End]);
        Assert.Equal(text.IndexOf("White House", StringComparison.Ordinal), found.Span.Start);
        Assert.Equal("'White' appears twice in a row", found.Message);
        Assert.Equal(Attribution.Fixes.FixKind.Fix, found.Fix!.Kind);
    }

    [Fact]
    public void Leaves_the_quoted_words_and_words_english_writes_twice_alone()
    {
        Assert.Empty(RuleTester.Run("“It was very very cold, cold cold,” she said.", "ATTR013"));
        Assert.Empty(RuleTester.Run("The senator said that that vote had had no effect.", "ATTR013"));
    }

    [Fact]
    public void Reports_a_doubled_word_in_any_sentence_of_the_writer() =>
        Assert.Single(RuleTester.Run("The bridge bridge was closed for the winter.", "ATTR013"));

    [Fact]
    public void Needs_the_two_words_side_by_side_with_only_spaces_between() =>
        Assert.Empty(RuleTester.Run("It was closed, closed for good. Paris. Paris was quiet.", "ATTR013"));

    [Fact]
    public void Never_reads_two_cells_of_a_table_as_one_sentence()
    {
        const string page = "<html><body><article><p>The shares fell after the results.</p><table><thead><tr><th>Ticker</th><th>Last</th>"
            + "<th>Change</th><th>Change %</th></tr></thead><tbody><tr><td>HD</td><td>225.86</td><td>-12.99</td><td>-5.44%</td></tr></tbody></table></article></body></html>";
        Assert.Empty(RuleTester.Run(page, "ATTR013", path: "article.html"));
    }

    [Fact]
    public void Reads_words_of_two_links_side_by_side_as_two_items()
    {
        const string tags = "<p>Tags: <a href=\"/t/lexus\">lexus</a> <a href=\"/t/lexus-lc\">lexus lc</a></p>";
        const string typed = "<p>The <a href=\"/b\">bridge bridge</a> was closed for the winter.</p>";
        Assert.Empty(RuleTester.Run($"<html><body><article><p>The new car was shown on Monday.</p>{tags}</article></body></html>", "ATTR013", path: "article.html"));
        Assert.Single(RuleTester.Run($"<html><body><article>{typed}</article></body></html>", "ATTR013", path: "article.html"));
    }
}
