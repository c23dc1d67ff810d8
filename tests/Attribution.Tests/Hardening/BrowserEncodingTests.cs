using System.Text;
using Attribution.Documents;

namespace Attribution.Tests.Hardening;

/// <summary>
/// Files decoded as a browser decodes them, checked through the whole run: WHATWG labels, UTF-8 bytes under another
/// declared charset, bytes that fit no decoder. Every reported offset is a UTF-16 offset into the decoded text.
/// </summary>
public sealed class BrowserEncodingTests : IDisposable
{
    // The closing mark is missing: ATTR008 points at the opening one, whose offset the test knows.
    private const string Article = "<p>李明在北京说：“我们会重建这座桥，” 他说。</p><p>The mayor said, “We will build it by spring.</p>";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static byte[] Page(string charset, string body, Encoding encoding) =>
        [.. Encoding.ASCII.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>t</title></head><body><article>"),
         .. encoding.GetBytes(body),
         .. Encoding.ASCII.GetBytes("</article></body></html>")];

    private static string Expected(string charset, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>t</title></head><body><article>{body}</article></body></html>";

    private DocumentResult CheckFile(string name, byte[] bytes)
    {
        var path = _temp.WriteBytes(name, bytes);
        var run = new CheckRun().Check([new InputFile(path, name)]);
        Assert.Empty(run.Errors);
        return Assert.Single(run.Results);
    }

    private static void AssertUnclosedQuoteAt(DocumentResult result, string expectedText, string marker)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ATTR008");
        Assert.Equal(expectedText.IndexOf(marker, StringComparison.Ordinal) + marker.Length - 1, diagnostic.Span.Start);
        Assert.Equal("“", result.Document.Source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Theory]
    [InlineData("gb2312")]
    [InlineData("GBK")]
    [InlineData("x-gbk")]
    [InlineData("chinese")]
    public void A_gbk_page_is_decoded_with_gbk_whatever_label_it_declares(string label)
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

        var result = CheckFile("gbk.html", Page(label, Article, gbk));

        Assert.Equal(Expected(label, Article), result.Document.Source.Text);
        Assert.Contains("李明在北京说：“我们会重建这座桥，” 他说。", result.Document.Text, StringComparison.Ordinal);
        Assert.Empty(result.Document.Notices);
        AssertUnclosedQuoteAt(result, Expected(label, Article), "The mayor said, “");
    }

    [Fact]
    public void A_utf8_page_that_declares_gb2312_is_read_as_utf8_with_a_notice()
    {
        var result = CheckFile("resaved.html", Page("gb2312", Article, new UTF8Encoding(false)));

        Assert.Equal(Expected("gb2312", Article), result.Document.Source.Text);
        Assert.Equal("the page declares charset 'gb2312', but its bytes are UTF-8; read as UTF-8", Assert.Single(result.Document.Notices).Message);
        AssertUnclosedQuoteAt(result, Expected("gb2312", Article), "The mayor said, “");
    }

    [Theory]
    [InlineData("shift_jis", 932, "「東京で会いましょう」と田中さんは言った。")]
    [InlineData("sjis", 932, "「東京で会いましょう」と田中さんは言った。")]
    [InlineData("euc-jp", 51932, "「東京で会いましょう」と田中さんは言った。")]
    [InlineData("euc-kr", 949, "“서울에서 만납시다”라고 김 씨가 말했다.")]
    [InlineData("ks_c_5601-1987", 949, "“서울에서 만납시다”라고 김 씨가 말했다.")]
    [InlineData("big5", 950, "「我們會重建」，李明說。")]
    [InlineData("windows-1251", 1251, "«Мы восстановим мост», — сказал мэр.")]
    [InlineData("koi8-r", 20866, "Мы восстановим мост, сказал мэр.")]
    [InlineData("iso-8859-1", 1252, "“We will,” said José.")]
    [InlineData("latin1", 1252, "“We will,” said José.")]
    [InlineData("ascii", 1252, "“We will,” said José.")]
    public void Legacy_pages_are_decoded_by_their_whatwg_label(string label, int codePage, string body)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

        var result = CheckFile("legacy.html", Page(label, $"<p>{body}</p>", encoding));

        Assert.Equal(Expected(label, $"<p>{body}</p>"), result.Document.Source.Text);
        Assert.Empty(result.Document.Notices);
    }

    [Fact]
    public void Bytes_that_fit_no_character_of_the_declared_charset_are_read_as_replacement_characters_with_a_notice()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        // 0x81 leads a two-byte character, but 0x7F trails none; the rest of the page is intact.
        byte[] bytes = [.. Page("gbk", "<p>李明说</p>", gbk)[..^"</article></body></html>".Length], 0x81, 0x7F, .. gbk.GetBytes("<p>The mayor said, “We will.</p></article></body></html>")];

        var result = CheckFile("damaged.html", bytes);

        var expected = Expected("gbk", "<p>李明说</p>\uFFFD<p>The mayor said, “We will.</p>");
        Assert.Equal(expected, result.Document.Source.Text);
        var notice = Assert.Single(result.Document.Notices);
        Assert.Equal($"not valid gbk at byte {bytes.Length - gbk.GetByteCount("<p>The mayor said, “We will.</p></article></body></html>") - 2}: bytes that fit no character are read as U+FFFD", notice.Message);
        AssertUnclosedQuoteAt(result, expected, "The mayor said, “");
    }

    [Fact]
    public void Invalid_utf8_is_read_as_one_replacement_character_per_bad_sequence_and_offsets_after_it_stay_exact()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ana said \u201Cit is "), 0xC3, 0x28, 0xFF, 0xE2, 0x82, .. Encoding.UTF8.GetBytes(" done.\nThe mayor said, \u201CWe will.\n")];

        var result = CheckFile("broken.txt", bytes);

        const string expected = "Ana said “it is \uFFFD(\uFFFD\uFFFD done.\nThe mayor said, “We will.\n";
        Assert.Equal(expected, result.Document.Source.Text);
        Assert.Equal(new InputNotice("not valid UTF-8 at byte 18: bytes that fit no character are read as U+FFFD", 1), Assert.Single(result.Document.Notices));
        Assert.All(result.Diagnostics.Where(d => d.Id == "ATTR008"), d => Assert.Equal("“", expected.Substring(d.Span.Start, d.Span.Length)));
        Assert.Contains(result.Diagnostics, d => d.Id == "ATTR008" && d.Span.Start == expected.IndexOf("said, “", StringComparison.Ordinal) + 6);
    }

    [Fact]
    public void The_cli_shows_the_notice_with_the_file_and_checks_it()
    {
        _temp.WriteBytes("broken.txt", [.. Encoding.UTF8.GetBytes("Line one.\nThe mayor said, \u201CWe will "), 0xFF, .. Encoding.UTF8.GetBytes(" build it.\n")]);
        var output = new StringWriter();

        var code = Attribution.Cli.CliApplication.Run(["check", "broken.txt", "--fail-on", "info"], output, new StringWriter(), _temp.Path);

        Assert.Equal(1, code);
        Assert.Contains("broken.txt, line 2: notice: not valid UTF-8 at byte 37: bytes that fit no character are read as U+FFFD", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("broken.txt(2,17): info ATTR008: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_gives_the_notice_and_its_line_with_the_file()
    {
        _temp.WriteBytes("broken.txt", [.. Encoding.UTF8.GetBytes("Line one.\nThe mayor said it "), 0xFF, .. Encoding.UTF8.GetBytes(" again.\n")]);
        var output = new StringWriter();

        var code = Attribution.Cli.CliApplication.Run(["check", "broken.txt", "--format", "json"], output, new StringWriter(), _temp.Path);

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var notice = Assert.Single(Assert.Single(json.RootElement.GetProperty("files").EnumerateArray()).GetProperty("notices").EnumerateArray());
        Assert.Equal(2, notice.GetProperty("line").GetInt32());
        Assert.Equal("not valid UTF-8 at byte 28: bytes that fit no character are read as U+FFFD", notice.GetProperty("message").GetString());
    }

    [Fact]
    public void The_quote_sheet_gives_the_notice_on_standard_error()
    {
        _temp.WriteBytes("broken.txt", [.. Encoding.UTF8.GetBytes("\u201CWe will,\u201D the mayor said "), 0xFF, .. Encoding.UTF8.GetBytes(".\n")]);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Attribution.Cli.CliApplication.Run(["quotes", "broken.txt"], output, error, _temp.Path);

        Assert.Equal(0, code);
        Assert.Contains("We will", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("broken.txt, line 1: notice: not valid UTF-8 at byte 30: bytes that fit no character are read as U+FFFD" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Every_label_of_the_table_resolves_to_a_decoder_this_runtime_has()
    {
        var labels = CharsetLabels.All.ToList();

        Assert.True(labels.Count > 200);
        Assert.All(labels, label => Assert.NotNull(CharsetLabels.Resolve(label)!.Strict));
    }
}
