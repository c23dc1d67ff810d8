namespace Attribution.Tests.Rules;

public class ATTR008UnbalancedQuotationMarkTests
{
    [Fact]
    public void Reports_an_opening_mark_never_closed()
    {
        const string text = "“We will not raise taxes this year, said Mayor Anna Berg.";
        var found = Assert.Single(RuleTester.Run(text, "ATTR008"));
        Assert.Equal(new Attribution.Text.TextSpan(0, 1), found.Span);
    }

    [Fact]
    public void Reports_a_closing_mark_never_opened()
    {
        const string text = "We will not raise taxes this year,” said Mayor Anna Berg.";
        Assert.Single(RuleTester.Run(text, "ATTR008"));
    }

    [Theory]
    [InlineData("“We will not raise taxes,” said Mayor Anna Berg.")]
    [InlineData("Pakistan ‘s military didn’t wait for the ’90s to end.")]
    [InlineData("“The first paragraph of a long quote.\n\n“The second one closes it,” said Mayor Anna Berg.")]
    public void Stays_quiet_for_balanced_marks_and_apostrophes(string text) => Assert.Empty(RuleTester.Run(text, "ATTR008"));

    [Fact]
    public void Follows_a_long_quotation_past_a_teaser_link_and_a_picture_on_a_web_page()
    {
        const string page = "<html><body><article><div class=\"text\"><p>The mayor said: “We are already there and we will stay.</p>"
            + "<p><strong>SEE MORE</strong>: <a href=\"/news/1\">Students under siege in university</a></p></div>"
            + "<div class=\"photo\"><p><img src=\"bridge.jpg\" alt=\"The bridge\"></p><span class=\"caption\">The bridge at dusk <span>(Image: Getty)</span></span></div>"
            + "<div class=\"text\"><p>“We have the means to end the unrest.”</p></div></article></body></html>";
        Assert.Empty(RuleTester.Run(page, "ATTR008", path: "article.html"));
    }
}
