using Attribution.Sources;

namespace Attribution.Cli;

/// <summary>With <c>attrib quotes --sources</c> or <c>--fetch</c>: each compared quotation and what its source says.</summary>
internal static class SourceSheet
{
    /// <summary>One file's part of the sheet: a heading and a line for each compared quotation; none when nothing was compared.</summary>
    public static IReadOnlyList<string> Lines(DocumentResult result, CitedSources sources)
    {
        var lines = new List<string>();
        foreach (var comparisons in SourceComparisons.Of(result.Model, sources))
        {
            foreach (var comparison in comparisons)
            {
                var quotation = comparison.Quotation;
                var at = result.Document.Source.GetLinePosition(result.Document.Map.ToSource(quotation.Span).Start);
                var words = WordDiff.Spelt(result.Document.Text, comparison.Words, 0, Math.Min(6, comparison.Words.Count)) + (comparison.Words.Count > 6 ? " …" : "");
                lines.Add($"  ({at.Line},{at.Column}) “{words}” {comparison.Source.Url}: {Outcome(comparison)}");
                if (comparison.Match.Kind == SourceMatchKind.Near)
                {
                    var place = comparison.Match.Places[0];
                    lines.AddRange(WordDiff.Between(result.Document.Text, comparison.Words, comparison.Source.Document.Text, comparison.Source.Words, place).Lines.Select(l => "      " + l));
                }
            }
        }
        if (lines.Count > 0)
        {
            lines.Insert(0, $"{result.Document.Path}: quotations and their sources");
        }
        return lines;
    }

    private static string Outcome(SourceComparison comparison) => comparison.Match.Kind switch
    {
        SourceMatchKind.Exact => $"word for word at {comparison.Source.Place(comparison.Source.Words.Cover(comparison.Match.Places[0].Start, comparison.Match.Places[0].Count))}",
        SourceMatchKind.Near => $"worded differently (similarity {comparison.Match.Score}) at {comparison.Source.Place(comparison.Source.Words.Cover(comparison.Match.Places[0].Start, comparison.Match.Places[0].Count))}",
        _ => "not in the source",
    };
}
