using System.Text.RegularExpressions;
using Attribution.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Attribution.Documents;

/// <summary>
/// Walks a Markdig syntax tree (parsed with precise source locations) and writes its prose into a
/// <see cref="MappedTextBuilder"/>, mapping every character back to the source. Code, HTML, URLs, images and
/// link reference definitions are left out; emphasis and link markup disappear without breaking the text.
/// </summary>
internal sealed partial class MarkdownProse
{
    private readonly string _source;
    private readonly MappedTextBuilder _builder = new();
    private readonly List<QuoteRegion> _quoteRegions = [];  // untrimmed until Build
    private readonly Stack<(int Start, string? Cite)> _openInlineQuotes = new();

    /// <param name="source">The text Markdig parsed: spans in the tree are offsets into it.</param>
    public MarkdownProse(string source) => _source = source;

    /// <summary>The analysed text, its map and the quotation regions (trimmed of surrounding white space; empty ones dropped).</summary>
    public (string Text, OffsetMap Map, IReadOnlyList<QuoteRegion> QuoteRegions) Build(int sourceLength)
    {
        var (text, map) = _builder.Build(sourceLength);
        var regions = new List<QuoteRegion>();
        foreach (var region in _quoteRegions)
        {
            var start = region.Span.Start;
            var end = Math.Min(region.Span.End, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (end > start)
            {
                regions.Add(region with { Span = new TextSpan(start, end) });
            }
        }
        // In document order, an outer quotation before the ones nested in it.
        regions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return (text, map, regions);
    }

    public void AddBlock(Block block)
    {
        switch (block)
        {
            // Fenced and indented code, raw HTML (comments included), reference definitions, rules: no prose.
            case CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                return;
            case QuoteBlock quote:
                AddQuote(quote);
                return;
            case LeafBlock leaf:
                _builder.AppendParagraphBreak(Math.Max(0, leaf.Span.Start));
                if (leaf.Inline is not null)
                {
                    AddInlines(leaf.Inline);
                }
                _openInlineQuotes.Clear();
                return;
            case ContainerBlock container:
                // Lists, list items, tables, rows and cells: every paragraph inside starts a block of its own.
                foreach (var child in container)
                {
                    AddBlock(child);
                }
                return;
        }
    }

    private void AddQuote(QuoteBlock quote)
    {
        _builder.AppendParagraphBreak(Math.Max(0, quote.Span.Start));
        var start = _builder.Length;
        foreach (var child in quote)
        {
            AddBlock(child);
        }
        AddRegion(start, QuoteRegionKind.Block, null);
    }

    private void AddRegion(int start, QuoteRegionKind kind, string? cite)
    {
        if (_builder.Length > start)
        {
            _quoteRegions.Add(new QuoteRegion(new TextSpan(start, _builder.Length), kind, cite));
        }
    }

    private void AddInlines(ContainerInline container)
    {
        foreach (var inline in container)
        {
            AddInline(inline);
        }
    }

    private void AddInline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddLiteral(literal);
                break;
            case HtmlEntityInline entity:
                _builder.AppendReplacement(entity.Transcoded.ToString(), entity.Span.Start, SourceEnd(entity));
                break;
            case LineBreakInline lineBreak:
                AddLineBreak(lineBreak);
                break;
            case HtmlInline html:
                AddHtmlTag(html);
                break;
            // Inline code and autolinks (a bare URL) are not prose; an image's alt text is not prose either.
            case CodeInline or AutolinkInline:
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                // Emphasis and links: the text stays, the markup and the URL go.
                AddInlines(container);
                break;
        }
    }

    private void AddLiteral(LiteralInline literal)
    {
        var content = literal.Content.ToString();
        if (content.Length == 0 || literal.Span.Start < 0)
        {
            return;
        }
        var start = literal.Span.Start;
        var end = SourceEnd(literal);
        if (literal.IsFirstCharacterEscaped && start + 1 < end && _source[start] == '\\')
        {
            _builder.AppendReplacement(content[..1], start, start + 2);
            AppendFromSource(content[1..], start + 2, end);
            return;
        }
        AppendFromSource(content, start, end);
    }

    /// <summary>
    /// Appends literal text found in the source between <paramref name="start"/> and <paramref name="end"/>. The
    /// span may be wider than the text (a table cell's padding), so the text is looked for. Should it not be there
    /// as it is, a text as long as the span is mapped character by character (Markdig replaces NUL with U+FFFD);
    /// any other stands for the whole range.
    /// </summary>
    private void AppendFromSource(string text, int start, int end)
    {
        if (text.Length == 0)
        {
            return;
        }
        var at = end - start >= text.Length ? _source.IndexOf(text, start, end - start, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            var skip = FollowsSpace ? text.Length - text.TrimStart(' ', '\t').Length : 0;
            _builder.AppendVerbatim(text[skip..], at + skip);
        }
        else if (end - start == text.Length)
        {
            for (var i = 0; i < text.Length; i++)
            {
                _builder.AppendReplacement(text[i].ToString(), start + i, start + i + 1);
            }
        }
        else
        {
            _builder.AppendReplacement(text, start, end);
        }
    }

    /// <summary>A soft break becomes a space, a hard one a newline; either stands for the line ending (and a backslash before it).</summary>
    private void AddLineBreak(LineBreakInline lineBreak)
    {
        var start = lineBreak.Span.Start;
        if (start < 0)
        {
            return;
        }
        if (lineBreak.IsHard || !FollowsSpace)
        {
            _builder.AppendReplacement(lineBreak.IsHard ? "\n" : " ", start, SourceEnd(lineBreak));
        }
    }

    /// <summary>
    /// True at the start of a block or line, or after a space: white space that would follow (left over where code
    /// or a tag was dropped) is not added, so that no block starts with a space and no two spaces meet.
    /// </summary>
    private bool FollowsSpace => _builder.LastChar is '\0' or ' ' or '\n';

    /// <summary>Tags go and the text between them stays; &lt;br&gt; is a hard break and &lt;q&gt; marks an inline quotation.</summary>
    private void AddHtmlTag(HtmlInline html)
    {
        var tag = html.Tag;
        if (LineBreakTag().IsMatch(tag))
        {
            _builder.AppendReplacement("\n", html.Span.Start, SourceEnd(html));
        }
        else if (QuoteOpenTag().Match(tag) is { Success: true } open)
        {
            var cite = open.Groups["cite"];
            _openInlineQuotes.Push((_builder.Length, cite.Success ? System.Net.WebUtility.HtmlDecode(cite.Value) : null));
        }
        else if (QuoteCloseTag().IsMatch(tag) && _openInlineQuotes.Count > 0)
        {
            var (start, cite) = _openInlineQuotes.Pop();
            AddRegion(start, QuoteRegionKind.Inline, cite);
        }
    }

    /// <summary>
    /// The exclusive source end of a node: Markdig's span end is inclusive. A span that ends on the CR of a
    /// CRLF line ending is stretched over the LF.
    /// </summary>
    private int SourceEnd(MarkdownObject node)
    {
        var end = Math.Clamp(node.Span.End + 1, node.Span.Start, _source.Length);
        if (end > 0 && end < _source.Length && _source[end - 1] == '\r' && _source[end] == '\n')
        {
            end++;
        }
        return end;
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"^<q(?:\s[^>]*?\bcite\s*=\s*(?:""(?<cite>[^""]*)""|'(?<cite>[^']*)'|(?<cite>[^\s>]+)))?[^>]*>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex QuoteOpenTag();

    [GeneratedRegex(@"^</q\s*>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex QuoteCloseTag();
}
