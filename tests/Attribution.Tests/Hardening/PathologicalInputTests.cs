using System.Diagnostics;
using System.Text;
using Attribution.Documents;
using Xunit.Abstractions;

namespace Attribution.Tests.Hardening;

/// <summary>
/// Hostile files through the whole run (decode, read, syntax, semantics, every rule): each finishes with a result
/// or a clear input error for its file, never an exception, and every reported position lies inside the file.
/// How long each takes is written to the test output, not asserted: speed is measured by the benchmarks.
/// </summary>
public sealed class PathologicalInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private CheckRunResult Check(string name, byte[] bytes)
    {
        var path = _temp.WriteBytes(name, bytes);
        var watch = Stopwatch.StartNew();
        var result = new CheckRun().Check([new InputFile(path, name)]);
        output.WriteLine($"{name}: {bytes.Length:N0} bytes in {watch.ElapsedMilliseconds:N0} ms");
        foreach (var checkedFile in result.Results)
        {
            var length = checkedFile.Document.Source.Length;
            Assert.All(checkedFile.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, length));
            Assert.All(checkedFile.Diagnostics.SelectMany(d => d.RelatedLocations), r => Assert.InRange(r.Span.End, r.Span.Start, length));
        }
        Assert.Equal(1, result.Results.Count + result.Errors.Count + result.Skipped.Count);
        return result;
    }

    private DocumentResult CheckText(string name, string text)
    {
        var result = Check(name, Encoding.UTF8.GetBytes(text));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Results);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('“')]
    [InlineData('»')]
    public void A_hundred_thousand_double_quotation_marks_pass_the_limit_and_are_refused_with_a_clear_message(char mark)
    {
        var result = Check("marks.txt", Encoding.UTF8.GetBytes(new string(mark, 100_000)));

        Assert.Equal($"more than {ArticleLimits.MaxQuotationMarks:N0} quotation marks; the file is not checked", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData('\'')]
    [InlineData('’')]
    public void A_hundred_thousand_single_quotation_marks_are_checked(char mark)
    {
        var result = CheckText("marks.txt", new string(mark, 100_000));

        Assert.Equal(100_000, result.Document.Text.Length);
    }

    [Fact]
    public void Quotation_marks_up_to_the_limit_are_checked()
    {
        var result = CheckText("marks.txt", new string('"', ArticleLimits.MaxQuotationMarks));

        Assert.Equal(ArticleLimits.MaxQuotationMarks, result.Document.Text.Length);
    }

    [Fact]
    public void Fifty_thousand_quotation_marks_between_words_and_no_sentence_end()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 25_000; i++)
        {
            text.Append("He said, \"yes\" ");
        }

        // One run of text with no sentence end: it is read in pieces of at most MaxSentenceLength characters.
        CheckText("said.txt", text.ToString());
    }

    [Fact]
    public void One_unclosed_quotation_mark_before_a_megabyte_of_text()
    {
        var text = "The minister said, “" + string.Concat(Enumerable.Repeat("The council met again on Monday and nothing was decided. ", 18_000));

        var result = CheckText("unclosed.txt", text);

        Assert.Contains(result.Diagnostics, d => d.Id == "ATTR008" && d.Span.Start == 19);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("blockquote")]
    [InlineData("q")]
    [InlineData("b")]
    public void Ten_thousand_nested_html_elements(string element)
    {
        var html = $"<html><body><article>{string.Concat(Enumerable.Repeat($"<{element}>", 10_000))}The mayor said, “We will.{string.Concat(Enumerable.Repeat($"</{element}>", 10_000))}</article></body></html>";

        var result = Check("nested.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal($"HTML elements are nested more than {ArticleLimits.MaxNestingDepth:N0} deep; the page is not read", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("<p>", 20_000)]
    [InlineData("<li>", 20_000)]
    [InlineData("<br>", 20_000)]
    [InlineData("<div>", 900)]
    public void Many_elements_left_open_that_need_no_end_tag_are_read(string tag, int count)
    {
        var html = $"<html><body><article>{string.Concat(Enumerable.Repeat(tag + "The mayor said, “We will.” ", count))}</article></body></html>";

        var result = Check("open.html", Encoding.UTF8.GetBytes(html));

        Assert.Single(result.Results);
    }

    [Fact]
    public void Ten_thousand_nested_markdown_block_quotes_are_refused_with_a_clear_message()
    {
        var result = Check("nested.md", Encoding.UTF8.GetBytes(new string('>', 10_000) + " He said \"hi\".\n"));

        Assert.Equal("Markdown elements are nested too deeply, or one block holds too many, to be read", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Five_hundred_nested_markdown_list_items()
    {
        var markdown = string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- He said \"a\"\n"));

        var result = Check("lists.md", Encoding.UTF8.GetBytes(markdown));

        Assert.True(result.Results.Count == 1 || Assert.Single(result.Errors).Message.Contains("nested", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("line.txt", "The minister said it again. ")]
    [InlineData("line.md", "The minister said it again, and “left”. ")]
    [InlineData("line.html", "<span>The minister said “it” again, and left the room.</span> ")]
    [InlineData("letters.txt", "a")]
    [InlineData("spaces.txt", " ")]
    [InlineData("dots.txt", ".")]
    public void A_line_of_a_million_characters(string name, string unit)
    {
        var text = new StringBuilder(1_000_000 + unit.Length);
        while (text.Length < 1_000_000)
        {
            text.Append(unit);
        }

        CheckText(name, text.ToString());
    }

    [Fact]
    public void A_markdown_line_of_a_million_characters_with_emphasis_throughout_is_refused_with_a_clear_message()
    {
        var text = string.Concat(Enumerable.Repeat("The minister said it *again*. ", 34_000));

        var result = Check("emphasis.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal("Markdown elements are nested too deeply, or one block holds too many, to be read", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("nul.txt")]
    [InlineData("nul.md")]
    [InlineData("nul.html")]
    public void A_file_of_nul_bytes_is_skipped_as_binary(string name)
    {
        var result = Check(name, new byte[100_000]);

        Assert.Equal(SkipReason.Binary, Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public void Nul_bytes_after_a_utf16_byte_order_mark_are_text_and_checked()
    {
        var result = Check("nul16.txt", [0xFE, 0xFF, .. new byte[100_000]]);

        Assert.Equal(50_000, Assert.Single(result.Results).Document.Source.Length);
    }

    [Theory]
    [InlineData("bad.txt")]
    [InlineData("bad.md")]
    [InlineData("bad.html")]
    public void Invalid_utf8_throughout(string name)
    {
        var bytes = new byte[200_000];
        new Random(11).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)0xFF : bytes[i];
        }

        var result = Assert.Single(Check(name, bytes).Results);

        Assert.Contains(result.Document.Notices, n => n.Message.StartsWith("not valid UTF-8 at byte ", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_paragraphs_of_names_and_titles()
    {
        var text = string.Concat(Enumerable.Range(0, 4_000).Select(i => $"President Person{i % 700} Smith{i % 13} said, “We will{i}.” Prime Minister Other{i % 500} disagreed.\n\n"));

        CheckText("names.txt", text);
    }
}
