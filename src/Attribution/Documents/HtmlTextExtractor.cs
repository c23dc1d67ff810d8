using AngleSharp.Dom;
using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// Turns the article's elements into analysed text with an exact map to the HTML source.
/// </summary>
/// <remarks>
/// The parser gives elements their source offset but gives text nodes none, and their text comes back decoded.
/// So the extractor keeps a cursor in the source: it moves to each element's start tag, and matches each text node
/// against the source from there, skipping markup and decoding character references itself. Every analysed character
/// thus maps to the source characters (or whole entity) it came from.
/// </remarks>
internal sealed class HtmlTextExtractor
{
    private const string HtmlNamespace = "http://www.w3.org/1999/xhtml";

    // Moved text is looked for this far ahead, a few times per text node, which bounds the cost of a page the matcher cannot follow.
    private const int ResynchronisationWindow = 1 << 20;
    private const int MaxResynchronisations = 4;

    /// <summary>A section label or a kicker above the headline ("Politics", "EXCLUSIVE") is this short at most.</summary>
    private const int MaxTextBeforeHeadline = 200;

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>Elements whose text, on its own, may open the page's tail ("2 Responses to…", "Leave a Reply").</summary>
    private static readonly HashSet<string> PossibleTailOpeners = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6", "p" };

    private readonly HtmlSourceScanner _scanner;
    private readonly bool _pageLevel;
    private readonly MappedTextBuilder _builder = new();
    private readonly List<PendingQuote> _quotes = [];
    private readonly List<(int Start, int End, string Target)> _anchors = [];
    private readonly List<(int Start, int End)> _citedWorks = [];
    private (int Start, int End)? _headline;
    private bool _headlineRead;
    private int _cursor;
    private PendingSpace? _pendingSpace;
    private int _trailingNewlines;
    private int _preformattedDepth;
    private bool _reachedTail;

    private HtmlTextExtractor(HtmlSourceScanner scanner, bool pageLevel)
    {
        _scanner = scanner;
        _pageLevel = pageLevel;
    }

    /// <summary>
    /// The analysed text of <paramref name="roots"/> (in document order), its map and its marked-up quotations.
    /// Reading stops where the page's tail begins (a "2 Responses to…" or "Leave a Reply" heading).
    /// </summary>
    public static HtmlText Extract(string source, IReadOnlyList<IElement> roots, bool pageLevel)
    {
        var extractor = new HtmlTextExtractor(new HtmlSourceScanner(source), pageLevel);
        foreach (var root in roots)
        {
            extractor.VisitElement(root, emit: true, isRoot: true);
            if (extractor._reachedTail)
            {
                break;
            }
        }
        var (text, map) = extractor._builder.Build(source.Length);
        var quotes = extractor.FinishQuotes(text);
        var headline = extractor._headline is { } h ? MarkdownProse.Trim(new TextSpan(h.Start, h.End), text) : null;
        return new HtmlText(text, map, quotes, extractor.FinishLinks(text, map, quotes), extractor.FinishCitedWorks(text)) { Headline = headline };
    }

    private void Visit(INode node, bool emit)
    {
        switch (node)
        {
            case IText text:
                MatchText(text.Data, emit);
                break;
            case IElement element:
                VisitElement(element, emit, isRoot: false);
                break;
            // Comments and the like need nothing: their source is skipped as markup while text is matched.
        }
    }

    private void VisitElement(IElement element, bool emit, bool isRoot)
    {
        var name = element.LocalName;
        var tagStart = SourceStartOf(element);
        var contentStart = -1;
        if (tagStart >= 0)
        {
            contentStart = _scanner.SkipTag(tagStart);
            _cursor = contentStart;
        }
        var isHtml = element.NamespaceUri == HtmlNamespace;
        if (isHtml && HtmlPageParts.RawTextElements.Contains(name))
        {
            if (contentStart >= 0)
            {
                _cursor = _scanner.SkipRawText(contentStart, name);
            }
            return;
        }
        if (isHtml && name == "template")
        {
            // A template's content is not among its children, so it is skipped in the source as a whole.
            if (contentStart >= 0)
            {
                _cursor = _scanner.SkipNestedElement(contentStart, name);
            }
            return;
        }
        if (emit && !isRoot && (!isHtml || HtmlPageParts.IsExcluded(element, _pageLevel)))
        {
            emit = false;
        }
        if (emit && PossibleTailOpeners.Contains(name) && StartsTail(element))
        {
            _reachedTail = true;
            return;
        }
        if (!emit)
        {
            // Skipped content is still matched, without output, so that the cursor is past it for the text that follows.
            foreach (var child in element.ChildNodes)
            {
                Visit(child, emit: false);
            }
            return;
        }
        VisitIncludedElement(element, name, tagStart >= 0 ? tagStart : _cursor, contentStart);
    }

    private void VisitIncludedElement(IElement element, string name, int tagStart, int contentStart)
    {
        if (name == "br")
        {
            AppendLineBreak(tagStart, contentStart >= 0 ? contentStart : tagStart);
            return;
        }
        var isBlock = BlockElements.Contains(name);
        if (isBlock)
        {
            BreakParagraph(tagStart);
        }
        var quoteStart = _builder.Length;
        if (name == "pre")
        {
            _preformattedDepth++;
        }
        foreach (var child in element.ChildNodes)
        {
            Visit(child, emit: true);
            if (_reachedTail)
            {
                break;
            }
        }
        if (name == "pre")
        {
            _preformattedDepth--;
        }
        if (name == "blockquote")
        {
            _quotes.Add(new PendingQuote(quoteStart, _builder.Length, QuoteRegionKind.Block, BlockQuoteSource(element)) { CiteAttribute = element.GetAttribute("cite") });
        }
        else if (name == "q")
        {
            _quotes.Add(new PendingQuote(quoteStart, _builder.Length, QuoteRegionKind.Inline, NormalizeCitation(element.GetAttribute("cite"))) { CiteAttribute = element.GetAttribute("cite") });
        }
        else if (name == "a" && element.GetAttribute("href") is { } href && href.Trim().Length > 0)
        {
            _anchors.Add((quoteStart, _builder.Length, href.Trim()));
        }
        else if (name == "cite")
        {
            _citedWorks.Add((quoteStart, _builder.Length));
        }
        else if (name == "h1" && !_headlineRead)
        {
            // The article's first top-level heading is its headline, when no more than a label or a kicker comes before it.
            _headlineRead = true;
            _headline = quoteStart <= MaxTextBeforeHeadline ? (quoteStart, _builder.Length) : null;
        }
        if (isBlock)
        {
            BreakParagraph(_cursor);
        }
    }

    /// <summary>Matches a text node's (decoded) data against the source from the cursor and, when emitting, appends it.</summary>
    private void MatchText(string data, bool emit)
    {
        var source = _scanner.Source;
        var i = 0;
        var j = _cursor;
        var resynchronisations = 0;
        while (i < data.Length)
        {
            if (j < source.Length)
            {
                var c = source[j];
                if (c == '<' && _scanner.IsMarkupStart(j))
                {
                    j = _scanner.SkipMarkup(j);
                    continue;
                }
                if (c == '&' && TryMatchCharacterReference(data, i, j, emit, out var decodedLength, out var referenceEnd))
                {
                    i += decodedLength;
                    j = referenceEnd;
                    continue;
                }
                if (c == data[i])
                {
                    Emit(c, j, j + 1, verbatim: true, emit);
                    i++;
                    j++;
                    continue;
                }
                if (c == '\r' && data[i] == '\n')
                {
                    // The parser reads CR LF and a lone CR as one LF.
                    var end = j + 1 < source.Length && source[j + 1] == '\n' ? j + 2 : j + 1;
                    Emit('\n', j, end, verbatim: false, emit);
                    i++;
                    j = end;
                    continue;
                }
                if (c == '\0' || HtmlSourceScanner.IsHtmlWhitespace(c))
                {
                    // NUL characters the parser dropped, the newline it drops after <pre>.
                    j++;
                    continue;
                }
            }
            if (resynchronisations < MaxResynchronisations && TryResynchronise(data, ref i, j, emit, out var found))
            {
                // The tree builder moved this text (foster-parented out of a table, or after a reopened formatting element).
                resynchronisations++;
                j = found;
                continue;
            }
            // Not found where expected: the text keeps its place in the analysed text with an empty source span.
            for (; i < data.Length; i++)
            {
                Emit(data[i], j, j, verbatim: false, emit);
            }
            break;
        }
        _cursor = j;
    }

    private bool TryMatchCharacterReference(string data, int i, int at, bool emit, out int decodedLength, out int end)
    {
        if (_scanner.TryDecodeCharacterReference(at, out var decoded, out end)
            && i + decoded.Length <= data.Length
            && string.CompareOrdinal(data, i, decoded, 0, decoded.Length) == 0)
        {
            decodedLength = decoded.Length;
        }
        else if (data[i] != '&' && _scanner.IsNumericReference(at, out end))
        {
            // A numeric reference is always one code point, even where the parser remaps it (&#150; is "–").
            decodedLength = char.IsHighSurrogate(data[i]) && i + 1 < data.Length ? 2 : 1;
        }
        else
        {
            decodedLength = 0;
            return false;
        }
        for (var k = 0; k < decodedLength; k++)
        {
            Emit(data[i + k], at, end, verbatim: false, emit);
        }
        return true;
    }

    /// <summary>
    /// Looks ahead in the source for the rest of a text node that does not match at the cursor. Leading whitespace is
    /// passed over (given an empty span: it becomes at most one space), then the next few characters are searched for.
    /// </summary>
    private bool TryResynchronise(string data, ref int i, int from, bool emit, out int found)
    {
        found = -1;
        var start = i;
        while (start < data.Length && HtmlSourceScanner.IsHtmlWhitespace(data[start]))
        {
            start++;
        }
        var end = start;
        // Up to a line break: the source may have CR LF where the text has LF.
        while (end < data.Length && end - start < 32 && data[end] is not ('&' or '<' or '\0' or '\n'))
        {
            end++;
        }
        if (end == start || from >= _scanner.Length)
        {
            return false;
        }
        found = _scanner.Source.IndexOf(data[start..end], from, Math.Min(ResynchronisationWindow, _scanner.Length - from), StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }
        for (; i < start; i++)
        {
            Emit(data[i], from, from, verbatim: false, emit);
        }
        return true;
    }

    private void Emit(char c, int sourceStart, int sourceEnd, bool verbatim, bool emit)
    {
        if (!emit)
        {
            return;
        }
        if (_preformattedDepth == 0 && HtmlSourceScanner.IsHtmlWhitespace(c))
        {
            _pendingSpace ??= new PendingSpace(sourceStart, sourceEnd, verbatim && c == ' ');
            return;
        }
        FlushPendingSpace();
        var text = c.ToString();
        if (verbatim)
        {
            _builder.AppendVerbatim(text, sourceStart);
        }
        else
        {
            _builder.AppendReplacement(text, sourceStart, sourceEnd);
        }
        _trailingNewlines = c == '\n' ? _trailingNewlines + 1 : 0;
    }

    private void FlushPendingSpace()
    {
        if (_pendingSpace is { } space && _builder.Length > 0 && _builder.LastChar != '\n')
        {
            if (space.Verbatim)
            {
                _builder.AppendVerbatim(" ", space.SourceStart);
            }
            else
            {
                _builder.AppendReplacement(" ", space.SourceStart, space.SourceEnd);
            }
            _trailingNewlines = 0;
        }
        _pendingSpace = null;
    }

    private void AppendLineBreak(int sourceStart, int sourceEnd)
    {
        _pendingSpace = null;
        if (_builder.Length == 0 || _trailingNewlines >= 2)
        {
            return;
        }
        _builder.AppendReplacement("\n", sourceStart, sourceEnd);
        _trailingNewlines++;
    }

    private void BreakParagraph(int sourceOffset)
    {
        _pendingSpace = null;
        if (_builder.Length == 0)
        {
            return;
        }
        _builder.AppendParagraphBreak(sourceOffset);
        _trailingNewlines = 2;
    }

    /// <summary>The element's start offset in the source, or -1 for elements the parser made up (implied tbody, reopened formatting).</summary>
    private int SourceStartOf(IElement element)
    {
        var reference = element.SourceReference;
        if (reference is null)
        {
            return -1;
        }
        var at = reference.Position.Index;
        return at >= 0 && at < _scanner.Length && _scanner.Source[at] == '<' && _scanner.IsTagNamed(at + 1, element.LocalName) ? at : -1;
    }

    private static bool StartsTail(IElement element)
    {
        var content = element.TextContent;
        return content.Length <= 300 && ArticleBoundary.IsTailStart(CollapseWhitespace(content));
    }

    private static string? BlockQuoteSource(IElement blockquote)
    {
        IElement? OwnDescendant(string selector) =>
            blockquote.QuerySelectorAll(selector).FirstOrDefault(e => e.ParentElement?.Closest("blockquote") == blockquote);

        return NormalizeCitation((OwnDescendant("cite") ?? OwnDescendant("footer"))?.TextContent)
            ?? NormalizeCitation(blockquote.GetAttribute("cite"));
    }

    private static string? NormalizeCitation(string? citation)
    {
        if (citation is null)
        {
            return null;
        }
        var normalized = CollapseWhitespace(citation).TrimStart('—', '–', '―', '-', '~', ' ').Trim();
        return normalized.Length == 0 ? null : normalized;
    }

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private List<QuoteRegion> FinishQuotes(string text)
    {
        var regions = new List<QuoteRegion>();
        foreach (var quote in _quotes)
        {
            var start = Math.Min(quote.Start, text.Length);
            var end = Math.Min(quote.End, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (start < end)
            {
                regions.Add(new QuoteRegion(new TextSpan(start, end), quote.Kind, quote.CitedSource));
            }
        }
        regions.Sort((a, b) => a.Span.CompareTo(b.Span));
        return regions;
    }

    /// <summary>The anchors with text, and the cite attributes of quotations (spanning the quotation), trimmed like quotations.</summary>
    private List<DocumentLink> FinishLinks(string text, OffsetMap map, IReadOnlyList<QuoteRegion> regions)
    {
        var links = new List<DocumentLink>();
        foreach (var (start, end, target) in _anchors)
        {
            if (MarkdownProse.Trim(new TextSpan(start, end), text) is { } span)
            {
                links.Add(new DocumentLink(span, target, LinkMarkup.HtmlAnchor, map.ToSource(span)));
            }
        }
        foreach (var quote in _quotes)
        {
            if (quote.CiteAttribute is { } cite && cite.Trim().Length > 0 && MarkdownProse.Trim(new TextSpan(quote.Start, quote.End), text) is { } span)
            {
                links.Add(new DocumentLink(span, cite.Trim(), LinkMarkup.QuotationCite, map.ToSource(span)));
            }
        }
        links.Sort((a, b) => a.Span.CompareTo(b.Span));
        return links;
    }

    private List<TextSpan> FinishCitedWorks(string text) =>
        [.. _citedWorks.Select(w => MarkdownProse.Trim(new TextSpan(w.Start, w.End), text)).OfType<TextSpan>().Order()];

    private readonly record struct PendingSpace(int SourceStart, int SourceEnd, bool Verbatim);

    private readonly record struct PendingQuote(int Start, int End, QuoteRegionKind Kind, string? CitedSource)
    {
        /// <summary>The quotation's cite attribute as written: a URL, by the standard.</summary>
        public string? CiteAttribute { get; init; }
    }
}

/// <summary>Analysed text extracted from HTML, with its map to the source and what the markup marks in it: quotations, links, cited works.</summary>
internal sealed record HtmlText(string Text, OffsetMap Map, IReadOnlyList<QuoteRegion> QuoteRegions, IReadOnlyList<DocumentLink> Links, IReadOnlyList<TextSpan> CitedWorks)
{
    /// <summary>The text of the article's first <c>h1</c>, when little or nothing comes before it.</summary>
    public TextSpan? Headline { get; init; }
}
