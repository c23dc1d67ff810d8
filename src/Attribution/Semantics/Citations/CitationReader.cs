using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Semantics.Citations.Credits;
using Attribution.Text;

namespace Attribution.Semantics.Citations;

/// <summary>
/// Reads every citation of a document: its links (from the Documents stage, with their places in the file), its cited
/// works and the outlet credits of its prose. A URL written inside a source line ("Source: www.lenta.ru") is that
/// credit's, not a citation of its own.
/// </summary>
public static class CitationReader
{
    public static IReadOnlyList<Citation> Read(Document document, CreditFinder? credits = null, OutletLexicon? outlets = null)
    {
        outlets ??= OutletLexicon.Default;
        var text = document.Text;
        var found = (credits ?? CreditFinder.Default).Find(text);
        var citations = new List<Citation>();
        SpanIndex? domainCredits = null; // made at the first written URL: most texts have none
        foreach (var credit in found)
        {
            citations.Add(new Citation(CitationKind.Credit, credit.Span, credit.Domain, credit.Outlet?.Name) { Form = credit.Construction.Name, CreditsParagraph = credit.Construction.CreditsParagraph });
        }
        foreach (var link in document.Links)
        {
            if (link.Markup == LinkMarkup.BareUrl
                && (domainCredits ??= new SpanIndex(found.Where(c => c.Domain is not null).Select(c => c.Span))).AnyOverlapping(link.Span))
            {
                continue;
            }
            var kind = link.Markup switch
            {
                LinkMarkup.BareUrl or LinkMarkup.Autolink => CitationKind.Url,
                LinkMarkup.QuotationCite => CitationKind.QuotationSource,
                _ => CitationKind.Link,
            };
            var outlet = OutletLinkedBy(link, outlets);
            citations.Add(new Citation(kind, link.Span, link.Target, outlet?.Name) { Form = FormOf(link.Markup), Link = link });
        }
        foreach (var work in document.CitedWorks)
        {
            citations.Add(new Citation(CitationKind.CitedWork, work, null, outlets.FindByName(text[work.Start..work.End])?.Name) { Form = "cite element" });
        }
        citations.Sort((a, b) => a.Span.CompareTo(b.Span));
        return citations;
    }

    /// <summary>The outlet whose site a link leads to, or null for a site of no known outlet or a link intermediary.</summary>
    public static Outlet? OutletLinkedBy(DocumentLink link, OutletLexicon outlets) =>
        LinkHost.Of(link.Target) is { } host && !outlets.IsIntermediary(host) ? outlets.FindByHost(host) : null;

    private static string FormOf(LinkMarkup markup) => markup switch
    {
        LinkMarkup.HtmlAnchor => "html anchor",
        LinkMarkup.MarkdownInline => "markdown link",
        LinkMarkup.MarkdownReference => "markdown reference link",
        LinkMarkup.Autolink => "autolink",
        LinkMarkup.BareUrl => "written url",
        LinkMarkup.QuotationCite => "cite attribute",
        _ => markup.ToString(),
    };
}
