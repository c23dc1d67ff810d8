using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>A quotation or claim credited only to unnamed people: officials who spoke on condition of anonymity, sources, experts.</summary>
public sealed class ATTR006AnonymousSource : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR006",
        "Unnamed source",
        "This {0} is credited only to unnamed people ('{1}')",
        "Sources",
        DiagnosticSeverity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Speaker is { IsAnonymous: true } speaker && speaker.Person is null)
            {
                var what = statement.Kind is StatementKind.Indirect ? "claim" : "quotation";
                context.Report(speaker.Span, [what, context.Text.Substring(speaker.Span.Start, speaker.Span.Length)]);
            }
        }
    }
}
