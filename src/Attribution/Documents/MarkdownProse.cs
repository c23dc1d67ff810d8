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
    private readonly List<(TextSpan Span, string Target, LinkMarkup Markup, TextSpan NodeSpan)> _links = [];  // untrimmed until Build
    private readonly Stack<(int Start, string Target, int SourceStart)> _openAnchors = new();
    private readonly Stack<int> _openCites = new();
    private readonly List<TextSpan> _citedWorks = [];

    /// <param name="source">The text Markdig parsed: spans in the tree are offsets into it.</param>
    public MarkdownProse(string source) => _source = source;

    /// <summary>
    /// The analysed text, its map, the quotation regions (trimmed of surrounding white space; empty ones dropped), the
    /// links (the quotation regions' cite attributes among them) and the cited works.
    /// </summary>
    public MarkdownProseResult Build(int sourceLength)
    {
        var (text, map) = _builder.Build(sourceLength);
        var regions = new List<QuoteRegion>();
        foreach (var region in _quoteRegions)
        {
            if (Trim(region.Span, text) is { } span)
            {
                regions.Add(region with { Span = span });
            }
        }
        // In document order, an outer quotation before the ones nested in it.
        regions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var links = new List<DocumentLink>();
        foreach (var (span, target, markup, nodeSpan) in _links)
        {
            if (Trim(span, text) is { } trimmed)
            {
                links.Add(new DocumentLink(trimmed, target, markup, map.ToSource(trimmed)));
            }
            else if (markup == LinkMarkup.Autolink)
            {
                var at = Math.Min(span.Start, text.Length);
                links.Add(new DocumentLink(new TextSpan(at, at), target, markup, nodeSpan));
            }
        }
        links.AddRange(regions.Where(r => r.Kind == QuoteRegionKind.Inline && r.CitedSource is not null)
            .Select(r => new DocumentLink(r.Span, r.CitedSource!, LinkMarkup.QuotationCite, map.ToSource(r.Span))));
        links.Sort((a, b) => a.Span.CompareTo(b.Span));
        var citedWorks = _citedWorks.Select(w => Trim(w, text)).OfType<TextSpan>().ToList();
        return new MarkdownProseResult(text, map, regions, links, citedWorks);
    }

    /// <summary>The span without white space at either end, within the text; null when nothing is left.</summary>
    internal static TextSpan? Trim(TextSpan span, string text)
    {
        var start = Math.Min(span.Start, text.Length);
        var end = Math.Min(span.End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
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
                _openAnchors.Clear();
                _openCites.Clear();
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
            case AutolinkInline { IsEmail: false } autolink:
                // Not prose: the link is kept, where it stood, with no text.
                _links.Add((new TextSpan(_builder.Length, _builder.Length), autolink.Url, LinkMarkup.Autolink, new TextSpan(autolink.Span.Start, SourceEnd(autolink))));
                break;
            // Inline code and e-mail autolinks are not prose; an image's alt text is not prose either.
            case CodeInline or AutolinkInline:
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                var start = _builder.Length;
                AddInlines(link);
                if (!string.IsNullOrWhiteSpace(link.Url))
                {
                    var markup = link.Reference is null && !link.IsShortcut ? LinkMarkup.MarkdownInline : LinkMarkup.MarkdownReference;
                    _links.Add((new TextSpan(start, _builder.Length), link.Url.Trim(), markup, new TextSpan(link.Span.Start, SourceEnd(link))));
                }
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
        else if (AnchorOpenTag().Match(tag) is { Success: true } anchor)
        {
            _openAnchors.Push((_builder.Length, System.Net.WebUtility.HtmlDecode(anchor.Groups["href"].Value).Trim(), html.Span.Start));
        }
        else if (AnchorCloseTag().IsMatch(tag) && _openAnchors.Count > 0)
        {
            var (start, target, sourceStart) = _openAnchors.Pop();
            if (target.Length > 0)
            {
                _links.Add((new TextSpan(start, _builder.Length), target, LinkMarkup.HtmlAnchor, new TextSpan(sourceStart, SourceEnd(html))));
            }
        }
        else if (CiteOpenTag().IsMatch(tag))
        {
            _openCites.Push(_builder.Length);
        }
        else if (CiteCloseTag().IsMatch(tag) && _openCites.Count > 0)
        {
            _citedWorks.Add(new TextSpan(_openCites.Pop(), _builder.Length));
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

    [GeneratedRegex(@"^<a\s[^>]*?\bhref\s*=\s*(?:""(?<href>[^""]*)""|'(?<href>[^']*)'|(?<href>[^\s>]+))[^>]*>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnchorOpenTag();

    [GeneratedRegex(@"^</a\s*>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnchorCloseTag();

    [GeneratedRegex(@"^<cite(?:\s[^>]*)?>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CiteOpenTag();

    [GeneratedRegex(@"^</cite\s*>$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CiteCloseTag();
}

/// <summary>What the Markdown prose walk produced: the analysed text and map, and what the markup marks in it.</summary>
internal sealed record MarkdownProseResult(string Text, OffsetMap Map, IReadOnlyList<QuoteRegion> QuoteRegions, IReadOnlyList<DocumentLink> Links, IReadOnlyList<TextSpan> CitedWorks);
