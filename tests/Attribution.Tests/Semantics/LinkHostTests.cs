using Attribution.Semantics.Citations;

namespace Attribution.Tests.Semantics;

/// <summary>The host a link points to, as the outlet and credit rules compare it.</summary>
public class LinkHostTests
{
    [Theory]
    [InlineData("https://www.reuters.com/world/story", "reuters.com")]
    [InlineData("//apnews.com/article/1", "apnews.com")]
    [InlineData("www.BBC.co.uk/news", "bbc.co.uk")]
    [InlineData("http://bücher.example/seite", "xn--bcher-kva.example")]
    public void An_absolute_link_gives_its_lower_case_ascii_host_without_www(string url, string host) =>
        Assert.Equal(host, LinkHost.Of(url));

    [Theory]
    [InlineData("/world/story")]
    [InlineData("#section")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("ftp://example.com/file")]
    public void A_relative_fragment_or_other_scheme_link_has_no_host(string url) => Assert.Null(LinkHost.Of(url));

    [Fact]
    public void A_host_whose_internationalized_name_breaks_the_rules_has_no_host()
    {
        // A label of 57 characters, 50 of them non-ASCII: its punycode is longer than the 63 a label may have.
        var url = "http://example" + new string('«', 50) + ".com/story";
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _));
        Assert.Null(LinkHost.Of(url));
        Assert.Null(LinkHost.OfDomain("example" + new string('«', 50) + ".com"));
    }
}
