using Attribution.Semantics;

namespace Attribution.Sources;

/// <summary>The addresses a statement cites.</summary>
internal static class CitedAddresses
{
    /// <summary>The cite addresses of the marked-up quotations (blockquote cite, q cite) the statement's words stand in.</summary>
    public static IEnumerable<string> Of(SemanticModel article, Statement statement) =>
        article.Document.QuoteRegions
            .Where(r => r.CitedSource is not null && statement.Content.Any(c => c.OverlapsWith(r.Span)))
            .Select(r => r.CitedSource!)
            .Distinct(StringComparer.Ordinal);
}
