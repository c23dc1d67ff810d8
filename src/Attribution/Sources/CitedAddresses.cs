using Attribution.Semantics;

namespace Attribution.Sources;

/// <summary>The addresses a statement cites.</summary>
internal static class CitedAddresses
{
    /// <summary>
    /// The http and https addresses of the citations the semantic model attaches to the statement: links in or around
    /// it and in its sentences, a marked-up quotation's cite attribute, URLs written out.
    /// </summary>
    public static IReadOnlyList<string> Of(SemanticModel article, Statement statement) =>
        [.. article.CitationsOf(statement)
            .Select(c => c.Url)
            .OfType<string>()
            .Where(url => SourceAddress.Key(url) is not null)
            .Distinct(StringComparer.Ordinal)];
}
