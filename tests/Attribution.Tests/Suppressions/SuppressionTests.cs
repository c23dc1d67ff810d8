using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Suppressions;

namespace Attribution.Tests.Suppressions;

/// <summary>Suppressions written in the article: Markdown and HTML comments, bracketed lines in plain text.</summary>
public class SuppressionTests
{
    private const string Misspelt = "Genral Ashfaq Parvez Kayani met the delegation in Moscow.";
    private const string Doubled = "The Russian Russian president Dmitry Medvedev met them.";

    private static IReadOnlyList<Diagnostic> Check(string content, string path, bool reportUnused = false) =>
        SuppressionFilter.Apply(new Checker().Check(new ArticleLoader().Parse(content, path)), reportUnused).Diagnostics;

    private static IEnumerable<string> Found(string content, string path, bool reportUnused = false)
    {
        var source = new Text.SourceText(content);
        return Check(content, path, reportUnused).Select(d => $"{source.GetLinePosition(d.Span.Start).Line} {d.Id}");
    }

    [Fact]
    public void Disable_next_line_covers_the_next_line_only_and_only_the_rules_it_names()
    {
        var markdown = $"<!-- attrib-disable-next-line ATTR004 -->\n{Misspelt}\n\n{Misspelt}\n\n<!-- attrib-disable-next-line ATTR013 -->\n{Misspelt}\n";
        Assert.Equal(["4 ATTR004", "7 ATTR004"], Found(markdown, "post.md"));
    }

    [Fact]
    public void Disable_holds_until_enable_in_html_where_comments_are_read_from_the_source()
    {
        var html = $"<html><body><article>\n<p>{Misspelt}</p>\n<!-- attrib-disable ATTR004, ATTR013 -->\n<p>{Misspelt} {Doubled}</p>\n"
            + $"<!-- attrib-enable ATTR013 -->\n<p>{Misspelt} {Doubled}</p>\n<!-- attrib-enable -->\n<p>{Misspelt}</p>\n</article></body></html>\n";
        Assert.Equal(["2 ATTR004", "6 ATTR013", "8 ATTR004"], Found(html, "page.html"));
    }

    [Fact]
    public void A_directive_shown_as_code_in_markdown_is_an_example_not_a_directive()
    {
        var markdown = $"Write `<!-- attrib-disable -->` to switch rules off:\n\n```html\n<!-- attrib-disable -->\n```\n\n{Misspelt}\n";
        Assert.Equal(["7 ATTR004"], Found(markdown, "post.md"));
    }

    [Fact]
    public void Plain_text_uses_a_line_holding_the_directive_in_brackets()
    {
        var text = $"Talks\n\n[attrib-disable]\n{Misspelt}\n[attrib-enable]\n\n{Doubled}\n\n[attrib-disable-next-line ATTR004]\n{Misspelt}\n";
        Assert.Equal(["7 ATTR013"], Found(text, "story.txt"));
        // In plain text a comment is only text.
        Assert.Equal(["2 ATTR004"], Found($"<!-- attrib-disable -->\n{Misspelt}\n", "story.txt"));
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_reported_when_asked()
    {
        var markdown = $"<!-- attrib-disable-next-line ATTR004, ATTR005 -->\n{Misspelt}\n\n<!-- attrib-disable ATTR013 -->\nThe council met.\n";
        Assert.Equal(["2 ATTR004"], Found(markdown.Replace("<!-- attrib-disable-next-line ATTR004, ATTR005 -->\n", "\n"), "post.md"));
        Assert.Empty(Found(markdown, "post.md"));
        var unused = Check(markdown, "post.md", reportUnused: true);
        Assert.Equal(
            ["'attrib-disable-next-line ATTR005' suppresses nothing", "'attrib-disable ATTR013' suppresses nothing"],
            unused.Select(d => d.Message));
        Assert.All(unused, d => Assert.Equal("unused-suppression", d.Id));
        Assert.Equal(0, unused[0].Span.Start);
    }

    [Fact]
    public void A_directive_naming_an_unknown_rule_is_the_shared_error()
    {
        var error = Assert.Throws<InputException>(() => Check($"<!-- attrib-disable ATTR999 -->\n{Misspelt}\n", "post.md"));
        Assert.StartsWith("line 1: 'attrib-disable': unknown rule 'ATTR999'", error.Message);
    }
}
