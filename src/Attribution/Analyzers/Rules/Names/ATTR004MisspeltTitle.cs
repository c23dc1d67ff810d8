using Attribution.Fixes;

namespace Attribution.Analyzers.Rules.Names;

/// <summary>A title one letter off a known title, standing before a name (Genral Ashfaq Parvez Kayani).</summary>
public sealed class ATTR004MisspeltTitle : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR004",
        "Misspelt title",
        "'{0}' looks like a misspelling of the title '{1}'",
        "Names",
        DiagnosticSeverity.Warning,
        Offers: FixOffers.Fixes | FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var mention in context.Syntax.Mentions)
        {
            foreach (var title in mention.Titles)
            {
                if (!title.Misspelt || title.IntendedForm is null)
                {
                    continue;
                }
                var written = context.Text.Substring(title.Span.Start, title.Span.Length);
                context.Report(title.Span, [written, title.IntendedForm], fix: new Fix($"Write '{title.IntendedForm}'", [new Fixes.TextEdit(title.Span, title.IntendedForm)]));
            }
        }
    }
}
