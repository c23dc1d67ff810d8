using System.Diagnostics;
using System.Net;
using Attribution.Sources;

namespace Attribution.Tests.Sources;

/// <summary>
/// <c>--fetch</c> against a real HTTP server on loopback: pages, redirects, slow, huge, failing and refused ones.
/// Loopback is itself a private address: it is fetched only with <c>--allow-private</c>.
/// </summary>
public sealed class SourceFetchTests : IDisposable
{
    private const string SourcePage = """
        <html><head><title>Council</title></head><body>
        <nav><a href="/">Home</a> every crossing is staffed by two deck hands</nav>
        <article><p>“The parking budget cannot carry a second ferry for long,” said Councillor Marta Quist.</p></article>
        </body></html>
        """;

    private readonly LoopbackServer _server = new();
    private readonly TempDirectory _directory = new();

    public SourceFetchTests() => _server.Page("/story", SourcePage);

    public void Dispose()
    {
        _server.Dispose();
        _directory.Dispose();
    }

    /// <summary>An article quoting the story page with one word changed, citing <paramref name="url"/>.</summary>
    private void WriteArticle(string url) =>
        _directory.Write("article.html", $"""
            <html><body><article>
            <p>Councillor Marta Quist warned that <q cite="{url}">the parking budget cannot carry a night ferry for long</q>, and asked for a review.</p>
            </article></body></html>
            """);

    private (int Code, string Output, string Error) Check(params string[] options) =>
        CliRunner.RunIn(_directory.Path, ["check", "article.html", "--fetch", "--fetch-cache", "cache", .. options]);

    [Fact]
    public void A_loopback_page_is_refused_without_allow_private_and_never_requested()
    {
        WriteArticle(_server.Url("/story"));
        var (code, output, error) = Check();
        Assert.Equal(0, code);
        Assert.DoesNotContain("ATTR011", output);
        Assert.Contains($"attrib: notice: source {_server.Url("/story")}: cannot fetch: 127.0.0.1 is a private, loopback or link-local address (--allow-private fetches it)", error);
        Assert.False(_server.Hits.ContainsKey("/story"));
    }

    [Fact]
    public void A_host_name_that_resolves_to_loopback_is_refused_when_connecting()
    {
        WriteArticle($"http://localhost:{_server.Port}/story");
        var (code, _, error) = Check();
        Assert.Equal(0, code);
        Assert.Contains("cannot fetch: localhost resolves to a private, loopback or link-local address", error);
        Assert.False(_server.Hits.ContainsKey("/story"));
    }

    [Fact]
    public void With_allow_private_the_page_is_fetched_compared_and_cached()
    {
        WriteArticle(_server.Url("/story"));
        var (code, output, error) = Check("--allow-private");
        Assert.Equal(1, code);
        Assert.Contains("warning ATTR011: 'the parking budget cannot carry a …' is worded differently in the source it cites", output);
        Assert.Contains("    -cannot carry a night ferry for long", output);
        Assert.Contains("    +cannot carry a second ferry for long", output);
        Assert.Equal("", error);
        Assert.Equal(1, _server.Hits["/story"]);
        Assert.Single(Directory.GetFiles(_directory["cache"]));

        var again = Check("--allow-private");
        Assert.Equal(output, again.Output);
        Assert.Equal(1, _server.Hits["/story"]);
    }

    [Fact]
    public void A_page_cached_with_allow_private_is_not_read_from_the_cache_without_it()
    {
        WriteArticle(_server.Url("/story"));
        Assert.Equal(1, Check("--allow-private").Code);

        var (code, output, error) = Check();
        Assert.Equal(0, code);
        Assert.DoesNotContain("ATTR011", output);
        Assert.Contains("cannot fetch: 127.0.0.1 is a private, loopback or link-local address", error);
        Assert.Equal(1, _server.Hits["/story"]);
    }

    [Fact]
    public void Redirects_are_followed_hop_by_hop()
    {
        _server.Redirect("/old", "/older", 301).Redirect("/older", _server.Url("/story"));
        WriteArticle(_server.Url("/old"));
        var (code, output, _) = Check("--allow-private");
        Assert.Equal(1, code);
        Assert.Contains("ATTR011", output);
        Assert.Equal(1, _server.Hits["/older"]);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "redirected to a file: address, not fetched")]
    [InlineData("ftp://127.0.0.1/story", "redirected to a ftp: address, not fetched")]
    public void A_redirect_to_another_scheme_is_refused(string location, string notice)
    {
        _server.Redirect("/elsewhere", location);
        WriteArticle(_server.Url("/elsewhere"));
        var (code, _, error) = Check("--allow-private");
        Assert.Equal(0, code);
        Assert.Contains(notice, error);
    }

    [Fact]
    public void Too_many_redirects_are_refused()
    {
        _server.Redirect("/loop", "/loop");
        WriteArticle(_server.Url("/loop"));
        var (_, _, error) = Check("--allow-private");
        Assert.Contains("cannot fetch: more than 5 redirects", error);
    }

    [Fact]
    public void A_failing_page_is_a_notice_and_the_run_goes_on()
    {
        _server.Status("/broken", 500);
        _directory.Write("second.html", $"""
            <html><body><article><p>Councillor Marta Quist warned that <q cite="{_server.Url("/story")}">the parking budget cannot carry a night ferry for long</q>.</p></article></body></html>
            """);
        WriteArticle(_server.Url("/broken"));
        var (code, output, error) = CliRunner.RunIn(_directory.Path, "check", "article.html", "second.html", "--fetch", "--fetch-cache", "cache", "--allow-private");
        Assert.Equal(1, code);
        Assert.Contains($"attrib: notice: source {_server.Url("/broken")}: cannot fetch: HTTP 500", error);
        Assert.Contains("second.html(1,", output);
        Assert.DoesNotContain("article.html(", output);
    }

    [Fact]
    public void A_cited_address_whose_host_breaks_the_naming_rules_is_a_notice_and_the_run_goes_on()
    {
        var url = "http://example" + new string('«', 50) + ".com/story";
        WriteArticle(url);
        var (code, _, error) = Check("--allow-private");
        Assert.Equal(0, code);
        Assert.Contains($"attrib: notice: source {url}: cannot fetch: ", error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void A_slow_page_times_out()
    {
        _server.Route("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(8));
            context.Response.StatusCode = 200;
        });
        WriteArticle(_server.Url("/slow"));
        var clock = Stopwatch.StartNew();
        var (code, _, error) = Check("--allow-private", "--fetch-timeout", "1");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"took {clock.Elapsed}");
        Assert.Equal(0, code);
        Assert.Contains("cannot fetch: no answer within 1 s", error);
    }

    [Fact]
    public void A_page_declared_larger_than_the_limit_is_not_read()
    {
        var body = SourcePage + new string(' ', 3 * 1024 * 1024);
        _server.Page("/huge", body);
        WriteArticle(_server.Url("/huge"));
        var (_, _, error) = Check("--allow-private", "--fetch-max-size", "1MiB");
        Assert.Contains($"cannot fetch: {System.Text.Encoding.UTF8.GetByteCount(body)} bytes, larger than the limit of 1048576 bytes", error);
    }

    [Fact]
    public void A_page_that_grows_past_the_limit_without_declaring_its_length_is_cut_off()
    {
        _server.Route("/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.SendChunked = true;
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 64; i++)
            {
                await context.Response.OutputStream.WriteAsync(chunk);
            }
        });
        WriteArticle(_server.Url("/endless"));
        var (_, _, error) = Check("--allow-private", "--fetch-max-size", "256KiB");
        Assert.Contains("cannot fetch: larger than the limit of 262144 bytes", error);
    }

    [Fact]
    public void A_page_of_another_media_type_is_not_read()
    {
        _server.Page("/report.pdf", "%PDF-1.4", "application/pdf");
        WriteArticle(_server.Url("/report.pdf"));
        var (_, _, error) = Check("--allow-private");
        Assert.Contains("cannot fetch: not a page attrib can read (application/pdf)", error);
    }

    [Fact]
    public void Each_redirect_hop_is_checked_against_the_address_policy()
    {
        // Only 127.0.0.1 is allowed here: the redirect to another loopback address stands for one to a private network.
        _server.Redirect("/hop", $"http://127.0.0.2:{_server.Port}/story");
        using var fetcher = new SourceFetcher(new FetchOptions
        {
            CacheDirectory = _directory["cache"],
            RefusedAddresses = address => !address.Equals(IPAddress.Loopback),
        });
        Assert.NotNull(fetcher.Fetch(_server.Url("/story")).Bytes);
        var refused = Assert.Throws<SourceFetchException>(() => fetcher.Fetch(_server.Url("/hop")));
        Assert.Equal("127.0.0.2 is a private, loopback or link-local address (--allow-private fetches it)", refused.Message);
        Assert.Equal(1, _server.Hits["/story"]);
    }

    [Fact]
    public void Fetch_options_without_fetch_are_a_usage_error()
    {
        WriteArticle(_server.Url("/story"));
        var (code, _, error) = CliRunner.RunIn(_directory.Path, "check", "article.html", "--allow-private");
        Assert.Equal(2, code);
        Assert.Contains("use them with it", error);
    }
}
