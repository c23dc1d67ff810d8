using Attribution.Fixes;
using Attribution.Sources;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>A quotation whose words the source it cites does not contain: altered (a near match, shown as a word diff) or absent.</summary>
public sealed class ATTR011QuotationNotInSource : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR011",
        "Quotation not found in its source",
        "'{0}' {1} the source it cites, {2}",
        "Sources",
        DiagnosticSeverity.Warning,
        FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var comparisons in SourceComparisons.Of(context.Model, context.Options.Sources))
        {
            if (comparisons.Any(c => c.Match.Kind == SourceMatchKind.Exact))
            {
                continue;
            }
            var quotation = comparisons[0].Quotation;
            var quoted = QuotedWords.First(context.Text, quotation.ContentCover);
            var near = comparisons.Where(c => c.Match.Kind == SourceMatchKind.Near).OrderByDescending(c => c.Match.Score).FirstOrDefault();
            if (near is null)
            {
                context.Report(quotation.Span, [quoted, "is not in", string.Join(" or ", comparisons.Select(c => c.Source.Url))]);
                continue;
            }
            var source = near.Source;
            var range = near.Match.Places[0];
            var wording = WordDiff.Spelt(source.Document.Text, source.Words, range.Start, range.Count);
            var opening = context.Text[near.Words.Spans[0].Start];
            if (char.ToLowerInvariant(wording[0]) == char.ToLowerInvariant(opening))
            {
                wording = opening + wording[1..]; // a quotation taken from mid-sentence starts as the article starts it
            }
            var diff = WordDiff.Between(context.Text, near.Words, source.Document.Text, source.Words, range);
            // Whose words they are is the source's to say: its wording is offered to the editor, never applied.
            var suggestion = quotation.Content.Count == 1
                ? new Fix($"Quote the source's wording: '{wording}'", [new TextEdit(quotation.Content[0], wording)], FixKind.Suggestion)
                : null;
            context.Report(
                quotation.Span,
                [quoted, "is worded differently in", source.Url],
                null,
                suggestion,
                [$"{source.Place(source.Words.Cover(range.Start, range.Count))}: the source says", .. diff.Lines]);
        }
    }
}
