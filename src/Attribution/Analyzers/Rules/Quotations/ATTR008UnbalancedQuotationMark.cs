namespace Attribution.Analyzers.Rules.Quotations;

/// <summary>A quotation mark with no partner: the reader cannot tell where the quoted words end (or begin).</summary>
public sealed class ATTR008UnbalancedQuotationMark : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR008",
        "Unbalanced quotation mark",
        "{0}",
        "Quotations",
        DiagnosticSeverity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var mark in context.Syntax.UnbalancedMarks)
        {
            var message = mark.IsOpening
                ? "This opening quotation mark is never closed"
                : "This closing quotation mark has no opening mark";
            context.Report(mark.Span, [message]);
        }
    }
}
