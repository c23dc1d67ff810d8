using Attribution.Semantics;
using Attribution.Semantics.SpeakerSignals;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>
/// A direct quotation that the text credits to no one: the reader found no speaker for it, and nothing around it
/// names one (no colon that introduces it, no person or verb of saying beside it, no speaker going on from just
/// before, not a headline). A source who is unnamed is ATTR006's, not this rule's.
/// </summary>
public sealed class ATTR005QuoteWithoutSpeaker : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR005",
        "Quotation without a speaker",
        "The quotation '{0}' has no identifiable speaker",
        "Sources",
        DiagnosticSeverity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Kind != StatementKind.Direct || statement.Speaker is not null)
            {
                continue;
            }
            var quotation = statement.Quotations[0];
            if (SpeakerSignal.Find(context.Model, quotation) is null)
            {
                context.Report(quotation.Span, [QuotedWords.First(context.Text, quotation.ContentCover)]);
            }
        }
    }
}
