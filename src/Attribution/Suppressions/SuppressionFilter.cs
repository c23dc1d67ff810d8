using Attribution.Analyzers;

namespace Attribution.Suppressions;

/// <summary>
/// Drops the findings the article's own suppressions cover and, when asked, reports a suppression that covered
/// nothing, so that stale ones do not hide the next real finding.
/// </summary>
public static class SuppressionFilter
{
    /// <summary>The finding for a suppression that suppressed nothing; not a rule of the catalogue, and not itself suppressible.</summary>
    public static DiagnosticDescriptor UnusedSuppression { get; } = new(
        "unused-suppression", "Unused suppression", "'{0}' suppresses nothing", "Suppressions", DiagnosticSeverity.Warning);

    public static DocumentResult Apply(DocumentResult result, bool reportUnused)
    {
        var directives = SuppressionScanner.Scan(result.Document);
        if (directives.Count == 0)
        {
            return result;
        }
        var source = result.Document.Source;
        var used = new HashSet<(SuppressionDirective, string?)>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var line = source.GetLinePosition(diagnostic.Span.Start).Line;
            var by = directives.LastOrDefault(d => d.Kind == SuppressionKind.DisableNextLine && d.Line + 1 == line && d.Covers(diagnostic.Id))
                ?? ActiveDisable(directives, diagnostic.Span.Start, diagnostic.Id);
            if (by is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                used.Add((by, by.RuleIds.Count == 0 ? null : diagnostic.Id));
            }
        }
        if (reportUnused)
        {
            kept.AddRange(Unused(directives, used));
            kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        }
        return result with { Diagnostics = kept };
    }

    /// <summary>The <c>attrib-disable</c> in force for the rule at an offset: the last one before it not ended by an <c>attrib-enable</c> that covers the rule.</summary>
    private static SuppressionDirective? ActiveDisable(IReadOnlyList<SuppressionDirective> directives, int offset, string id)
    {
        SuppressionDirective? active = null;
        foreach (var directive in directives.Where(d => d.Span.End <= offset && d.Covers(id)))
        {
            active = directive.Kind switch
            {
                SuppressionKind.Disable => directive,
                SuppressionKind.Enable => null,
                _ => active,
            };
        }
        return active;
    }

    private static IEnumerable<Diagnostic> Unused(IReadOnlyList<SuppressionDirective> directives, HashSet<(SuppressionDirective, string?)> used)
    {
        foreach (var directive in directives.Where(d => d.Kind != SuppressionKind.Enable))
        {
            var unused = directive.RuleIds.Count == 0
                ? used.Contains((directive, null)) ? [] : [directive.Text]
                : directive.RuleIds.Where(id => !used.Contains((directive, id))).Select(id => $"{directive.Text.Split(' ')[0]} {id}");
            foreach (var text in unused)
            {
                yield return new Diagnostic(UnusedSuppression, directive.Span, [], null, [text]);
            }
        }
    }
}
