using Attribution.Text;

namespace Attribution.Documents;

/// <summary>How a link is written in the input.</summary>
public enum LinkMarkup
{
    /// <summary>An HTML <c>&lt;a href&gt;</c> (in an HTML page, or inline HTML in Markdown).</summary>
    HtmlAnchor,

    /// <summary>A Markdown inline link: <c>[text](url)</c>.</summary>
    MarkdownInline,

    /// <summary>A Markdown reference link: <c>[text][label]</c> or <c>[text]</c>, with the target from its definition.</summary>
    MarkdownReference,

    /// <summary>A Markdown autolink: <c>&lt;https://…&gt;</c>. Its text is not prose, so its span in the analysed text is empty.</summary>
    Autolink,

    /// <summary>A URL written out in the prose: <c>https://…</c> or <c>www.…</c>.</summary>
    BareUrl,

    /// <summary>The <c>cite</c> attribute of a <c>&lt;blockquote&gt;</c> or <c>&lt;q&gt;</c>: the span is the quotation's.</summary>
    QuotationCite,
}

/// <summary>
/// A link in the article. <see cref="Span"/> is the link's text in the analysed text (empty for an autolink, placed
/// where it stood); <see cref="SourceSpan"/> is where that text stands in the original file (for an autolink, the whole
/// link). <see cref="Target"/> is the URL as written, character references decoded, not resolved against the page.
/// </summary>
public sealed record DocumentLink(TextSpan Span, string Target, LinkMarkup Markup, TextSpan SourceSpan);
