using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// An article ready for analysis: the original file's text, the prose that is checked (article body only,
/// paragraphs separated by blank lines) and the map from that prose back to the original.
/// </summary>
public sealed class Document
{
    public Document(
        string path,
        SourceText source,
        string text,
        OffsetMap map,
        DocumentMetadata? metadata = null,
        IReadOnlyList<QuoteRegion>? quoteRegions = null)
    {
        if (map.Length != text.Length)
        {
            throw new ArgumentException("The offset map must cover the analysed text.", nameof(map));
        }
        Path = path;
        Source = source;
        Text = text;
        Map = map;
        Metadata = metadata ?? DocumentMetadata.Empty;
        QuoteRegions = quoteRegions ?? [];
    }

    /// <summary>The path as given to the checker (reporters make it relative).</summary>
    public string Path { get; }

    /// <summary>The decoded original file.</summary>
    public SourceText Source { get; }

    /// <summary>The prose that is analysed. Offsets in syntax and semantics refer to this string.</summary>
    public string Text { get; }

    public OffsetMap Map { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>Spans of the analysed text that the markup itself marks as quotations (blockquote, q).</summary>
    public IReadOnlyList<QuoteRegion> QuoteRegions { get; }

    private readonly IReadOnlyList<DocumentLink> _markupLinks = [];
    private IReadOnlyList<DocumentLink>? _links;

    /// <summary>
    /// The links of the article's prose, in text order: those of the markup (HTML anchors, Markdown links and autolinks,
    /// the cite attribute of a quotation) and the URLs written out in the text.
    /// </summary>
    public IReadOnlyList<DocumentLink> Links
    {
        get => _links ??= BareUrls.AddTo(_markupLinks, Text, Map);
        init
        {
            _markupLinks = [.. value.Where(l => l.Markup != LinkMarkup.BareUrl)];
            _links = null;
        }
    }

    /// <summary>Spans of the analysed text that the markup marks as the title of a cited work (HTML cite).</summary>
    public IReadOnlyList<TextSpan> CitedWorks { get; init; } = [];

    /// <summary>
    /// The article's headline in the analysed text, when the reader found one (a plain-text first line, a Markdown title
    /// heading): checked for names and roles like any text, but it holds no statements.
    /// </summary>
    public TextSpan? Headline { get; init; }

    /// <summary>What reading the file had to do that its author should know (bytes read as U+FFFD, a declared charset overruled).</summary>
    public IReadOnlyList<InputNotice> Notices { get; private init; } = [];

    /// <summary>This document with notices about how its file was read.</summary>
    public Document WithNotices(IReadOnlyList<InputNotice> notices) =>
        notices.Count == 0 ? this : new(Path, Source, Text, Map, Metadata, QuoteRegions) { Headline = Headline, Links = Links, CitedWorks = CitedWorks, Notices = [.. Notices, .. notices] };

    /// <summary>True when the span lies inside the headline.</summary>
    public bool IsInHeadline(TextSpan span) => Headline is { } headline && headline.Contains(span);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>A plain-text document whose analysed text is the original text itself.</summary>
    public static Document FromText(string path, string text, DocumentMetadata? metadata = null) =>
        new(path, new SourceText(text), text, OffsetMap.Identity(text.Length, 0, text.Length), metadata);
}

/// <summary>What the input says about the article itself.</summary>
public sealed record DocumentMetadata(string? Title, DateOnly? Date, string? Author, IReadOnlySet<string> DisabledRules, bool Skip)
{
    public static DocumentMetadata Empty { get; } = new(null, null, null, new HashSet<string>(), false);
}

public enum QuoteRegionKind
{
    /// <summary>A block quotation (HTML blockquote, Markdown &gt;).</summary>
    Block,

    /// <summary>An inline quotation (HTML q).</summary>
    Inline,
}

/// <summary>A quotation marked up as such, in analysed-text offsets.</summary>
public sealed record QuoteRegion(TextSpan Span, QuoteRegionKind Kind, string? CitedSource = null);
