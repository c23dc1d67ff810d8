using Attribution.Fixes;
using Attribution.Syntax;

namespace Attribution.Analyzers.Rules.Quotations;

/// <summary>Direct speech after a colon with no quotation marks: "Zardari said: The time has come …".</summary>
public sealed class ATTR012UnmarkedDirectSpeech : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR012",
        "Direct speech without quotation marks",
        "The direct speech '{0}' after a colon has no quotation marks",
        "Quotations",
        DiagnosticSeverity.Info,
        Offers: FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var statement in context.Model.Statements)
        {
            if (!statement.IsUnmarkedDirectSpeech)
            {
                continue;
            }
            var content = statement.ContentCover;
            var sentence = context.Syntax.SentenceAt(content.Start)!;
            // Quote to the end of the sentence, its full stop included, as news style does.
            var end = sentence.Span.End;
            var fix = new Fix(
                "Put the words in quotation marks (only if they are the speaker's own words)",
                [new TextEdit(new Text.TextSpan(content.Start, content.Start), QuoteMarks.LeftDouble.ToString()), new TextEdit(new Text.TextSpan(end, end), QuoteMarks.RightDouble.ToString())],
                FixKind.Suggestion);
            context.Report(content, [QuotedWords.First(context.Text, content)], fix: fix);
        }
    }
}
