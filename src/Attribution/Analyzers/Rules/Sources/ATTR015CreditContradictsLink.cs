using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Semantics.Citations;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>
/// An outlet credit whose own words carry a link to another outlet's site: "[according to Reuters](https://www.cnn.com/…)",
/// or that a written URL follows at once: "according to Reuters (https://www.cnn.com/…)". Only such a link counts,
/// and only when both outlets are in the outlet lexicon and differ. A link to
/// an unknown domain, to an archive, a shortener, a social platform or an aggregator, or a relative link says nothing.
/// </summary>
public sealed class ATTR015CreditContradictsLink : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR015",
        "Credit contradicts its link",
        "The text credits {0}, but the link on it goes to {1} ({2})",
        "Sources",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        // Without a link to a known outlet there is nothing to contradict a credit, and the credits are not read at all.
        if (!context.Document.Links.Any(LinksToKnownOutlet))
        {
            return;
        }
        var citations = context.Model.Citations;
        var links = citations.Where(c => c.Kind is CitationKind.Link or CitationKind.Url).ToList();
        var near = new SpanIndex(links.Select(l => l.Span));
        foreach (var credit in citations)
        {
            if (credit.Kind != CitationKind.Credit || credit.Outlet is null || credit.Url is not null)
            {
                continue;
            }
            // The first link in the citations' order that is on the credit, among those near it.
            Citation? contradicting = null;
            var first = int.MaxValue;
            foreach (var (_, index) in near.Near(credit.Span, MaxGapBeforeUrl))
            {
                var link = links[index];
                if (index < first && IsOnCredit(link, credit, context.Text)
                    && link.Outlet is { } linked && linked != credit.Outlet && link.Host is not null)
                {
                    (contradicting, first) = (link, index);
                }
            }
            if (contradicting is not null)
            {
                context.Report(credit.Span, [credit.Outlet, contradicting.Outlet!, contradicting.Host!], [new RelatedLocation(contradicting.Span, $"links to {contradicting.Host}")]);
            }
        }
    }

    /// <summary>At most this many characters (a bracket, a colon, spaces) between a credit and a URL written after it.</summary>
    private const int MaxGapBeforeUrl = 3;

    /// <summary>A link or written URL (not a quotation's cite attribute) to a site of the outlet lexicon.</summary>
    private static bool LinksToKnownOutlet(DocumentLink link) =>
        link.Markup != LinkMarkup.QuotationCite && CitationReader.OutletLinkedBy(link, OutletLexicon.Default) is not null;

    /// <summary>A link on the credit's words, or a URL right after them with at most a bracket or a colon between.</summary>
    private static bool IsOnCredit(Citation link, Citation credit, string text)
    {
        if (link.Kind == CitationKind.Link)
        {
            return link.Span.OverlapsWith(credit.Span);
        }
        if (link.Kind != CitationKind.Url || link.Span.Start < credit.Span.End || link.Span.Start - credit.Span.End > MaxGapBeforeUrl)
        {
            return false;
        }
        return text.AsSpan(credit.Span.End, link.Span.Start - credit.Span.End).Trim().TrimStart("(:[<") is { Length: 0 };
    }
}
