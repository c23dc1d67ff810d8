namespace Attribution.Analyzers.Rules.Quotations;

/// <summary>
/// A quotation mark with no partner: the reader cannot tell where the quoted words end (or begin). A mark that is
/// markup (an attribute's value, <c>type=”big”</c>) or a guillemet in a text that never writes the other one (an
/// arrow, <c>Read more »</c>) is no quotation mark.
/// </summary>
public sealed class ATTR008UnbalancedQuotationMark : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR008",
        "Unbalanced quotation mark",
        "{0}",
        "Quotations",
        DiagnosticSeverity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var bothGuillemets = text.Contains('«') && text.Contains('»');
        foreach (var mark in context.Syntax.UnbalancedMarks)
        {
            if (IsAttributeValueMark(text, mark.Span.Start) || (!bothGuillemets && text[mark.Span.Start] is '«' or '»'))
            {
                continue;
            }
            var message = mark.IsOpening
                ? Name("The opening quotation mark before '{0}' is never closed", QuotedWords.After(context.Text, mark.Span.End), "This opening quotation mark is never closed")
                : Name("The closing quotation mark after '{0}' has no opening mark", QuotedWords.Before(context.Text, mark.Span.Start), "This closing quotation mark has no opening mark");
            context.Report(mark.Span, [message]);
        }
    }

    /// <summary>A mark that opens or closes an attribute's value in markup left in the prose: <c>link=”…”</c>, <c>[button type=”big”]</c>.</summary>
    private static bool IsAttributeValueMark(string text, int at)
    {
        if (at > 0 && text[at - 1] == '=')
        {
            return true;
        }
        // A closing mark of a value: the next mark back, with no space between, follows an '='.
        for (var k = at - 1; k >= 0 && !char.IsWhiteSpace(text[k]); k--)
        {
            if (text[k] is '"' or '“' or '”')
            {
                return k > 0 && text[k - 1] == '=';
            }
        }
        return false;
    }

    /// <summary>The message naming the words beside the mark, or the plain one when there are none.</summary>
    private static string Name(string format, string words, string withoutWords) =>
        words.Length == 0 ? withoutWords : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, words);
}
