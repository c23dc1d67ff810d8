using Attribution.Documents;
using Attribution.Text;

namespace Attribution.Semantics.Citations;

/// <summary>What a citation is, as the text writes it.</summary>
public enum CitationKind
{
    /// <summary>A hyperlink with text: an HTML anchor, a Markdown inline or reference link.</summary>
    Link,

    /// <summary>A URL standing for itself: written out in the prose, or a Markdown autolink.</summary>
    Url,

    /// <summary>The cite attribute of a marked-up quotation (&lt;blockquote cite=…&gt;, &lt;q cite=…&gt;): the span is the quotation's.</summary>
    QuotationSource,

    /// <summary>The title of a cited work, marked up with &lt;cite&gt;.</summary>
    CitedWork,

    /// <summary>An outlet credited in the prose: Source: PTI, (RIA Novosti), told APP, according to Reuters.</summary>
    Credit,
}

/// <summary>
/// Where the text says a quotation or claim comes from. <see cref="Span"/> is in the analysed text: a link's text
/// (empty for an autolink), the outlet's name or domain in a credit, a cited work's title, the quotation a cite
/// attribute belongs to. <see cref="Url"/> is the link target or written URL as it stands (not resolved);
/// <see cref="Outlet"/> is the outlet the credit names, or whose domain the URL is on, when the lexicon knows it.
/// </summary>
public sealed record Citation(CitationKind Kind, TextSpan Span, string? Url, string? Outlet)
{
    /// <summary>How it is written: the credit construction ("according to", "source line") or the link markup ("html anchor").</summary>
    public string Form { get; init; } = "";

    /// <summary>True for a credit that stands for its whole paragraph: a source line, a sign-off, a dateline.</summary>
    public bool CreditsParagraph { get; init; }

    /// <summary>The document link it comes from, with its exact place in the original file; null for a credit or a cited work.</summary>
    public DocumentLink? Link { get; init; }

    /// <summary>The host of <see cref="Url"/> (lower case, without "www."), when it has one.</summary>
    public string? Host => Url is null ? null : LinkHost.Of(Url);
}
