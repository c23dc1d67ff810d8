using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>A direct quotation that the text credits to no one.</summary>
public sealed class ATTR005QuoteWithoutSpeaker : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR005",
        "Quotation without a speaker",
        "The quotation '{0}' has no identifiable speaker",
        "Sources",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Kind == StatementKind.Direct && statement.Speaker is null)
            {
                context.Report(statement.Quotations[0].Span, [QuotedWords.First(context.Text, statement.Quotations[0].ContentCover)]);
            }
        }
    }
}
