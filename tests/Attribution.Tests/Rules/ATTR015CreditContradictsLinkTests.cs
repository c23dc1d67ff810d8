namespace Attribution.Tests.Rules;

public class ATTR015CreditContradictsLinkTests
{
    [Fact]
    public void Reports_a_credit_linked_to_another_outlets_site()
    {
        const string text = "The talks will resume on Monday, [according to Reuters](https://www.cnn.com/2025/03/14/talks), the minister said.\n";
        var found = Assert.Single(RuleTester.Run(text, "ATTR015", path: "post.md"));
        Assert.Equal("Reuters", RuleTester.At(text, found));
        Assert.Equal("The text credits Reuters, but the link on it goes to CNN (cnn.com)", found.Message);
        Assert.Equal("according to Reuters", RuleTester.At(text, found.RelatedLocations[0].Span));
    }

    [Fact]
    public void Reports_an_html_anchor_on_the_outlets_name()
    {
        const string html = "<html><body><article><p>The plant will close, <a href=\"https://edition.cnn.com/x\">the Associated Press</a> reported on Friday.</p></article></body></html>";
        var found = Assert.Single(RuleTester.Run(html, "ATTR015", path: "page.html"));
        Assert.Contains("Associated Press", found.Message);
        Assert.Equal("Associated Press", RuleTester.At(html, found));
    }

    [Fact]
    public void Reports_a_written_url_right_after_the_credit_in_plain_text()
    {
        const string text = "The talks will resume on Monday, according to Reuters (https://www.cnn.com/2025/03/14/talks).";
        var found = Assert.Single(RuleTester.Run(text, "ATTR015"));
        Assert.Equal("Reuters", RuleTester.At(text, found));
        Assert.Empty(RuleTester.Run("The talks will resume on Monday, according to Reuters. See also https://www.cnn.com/2025/03/14/talks for more.", "ATTR015"));
    }

    [Theory]
    [InlineData("The talks will resume, [according to Reuters](https://www.reuters.com/world/talks).")]
    [InlineData("The talks will resume, [according to Reuters](https://web.archive.org/web/2020/https://www.cnn.com/talks).")]
    [InlineData("The talks will resume, [according to Reuters](https://twitter.com/Reuters/status/1).")]
    [InlineData("The talks will resume, [according to Reuters](https://news.example.org/talks).")]
    [InlineData("The talks will resume, [according to Reuters](/2025/03/talks).")]
    [InlineData("The talks will resume, [according to MSNBC](https://www.nbcnews.com/talks).")]
    [InlineData("The talks will resume, according to Reuters, and [CNN](https://www.cnn.com/talks) agreed.")]
    public void Stays_quiet_when_the_link_agrees_or_says_nothing(string text) =>
        Assert.Empty(RuleTester.Run(text + "\n", "ATTR015", path: "post.md"));
}
