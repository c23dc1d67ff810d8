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
                ? Name("The opening quotation mark before '{0}' is never closed", QuotedWords.After(context.Text, mark.Span.End), "This opening quotation mark is never closed")
                : Name("The closing quotation mark after '{0}' has no opening mark", QuotedWords.Before(context.Text, mark.Span.Start), "This closing quotation mark has no opening mark");
            context.Report(mark.Span, [message]);
        }
    }

    /// <summary>The message naming the words beside the mark, or the plain one when there are none.</summary>
    private static string Name(string format, string words, string withoutWords) =>
        words.Length == 0 ? withoutWords : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, words);
}
