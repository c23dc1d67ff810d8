using System.Text;
using Attribution.Analyzers;
using Attribution.Text;

namespace Attribution.Fixes;

/// <summary>What applying the safe fixes of one text did.</summary>
/// <param name="Text">The text with every applied fix.</param>
/// <param name="Applied">The findings whose fix was applied, in text order.</param>
/// <param name="Conflicting">The findings whose fix overlaps one already applied: left for a second run.</param>
public sealed record FixPlan(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Conflicting)
{
    public bool Changes => Applied.Count > 0;
}

/// <summary>The safe fixes chosen for one text: their edits in text order, the findings applied and those left.</summary>
internal sealed record FixChoice(IReadOnlyList<TextEdit> Edits, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Conflicting);

/// <summary>
/// Applies the safe fixes (<see cref="FixKind.Fix"/>) of a text's findings, never its suggestions. Fixes are taken
/// in text order; one whose edits overlap an edit already taken is not applied but reported, as ESLint does. The
/// edits taken are kept in text order, so each new one is checked against its two neighbours only, and the text is
/// written once from start to end: the cost grows with the text and the fixes, not with their product.
/// </summary>
public static class FixApplier
{
    /// <param name="text">The decoded original text: the text the findings' offsets refer to.</param>
    public static FixPlan Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var choice = Choose(text.Length, diagnostics);
        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var edit in choice.Edits)
        {
            result.Append(text, copied, edit.Span.Start - copied).Append(edit.NewText);
            copied = edit.Span.End;
        }
        result.Append(text, copied, text.Length - copied);
        return new FixPlan(result.ToString(), choice.Applied, choice.Conflicting);
    }

    /// <summary>
    /// Which safe fixes apply to a text of <paramref name="length"/> characters, and their edits in text order: what
    /// <see cref="Apply"/> writes, and what a patch of the file shows.
    /// </summary>
    internal static FixChoice Choose(int length, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var conflicting = new List<Diagnostic>();
        var fixable = diagnostics.Where(d => d.Fix is { Kind: FixKind.Fix, Edits.Count: > 0 })
            .OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start)).ThenBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in fixable)
        {
            var edits = diagnostic.Fix!.Edits;
            if (edits.Any(e => e.Span.Start < 0 || e.Span.End > length) || SelfOverlapping(edits) || edits.Any(e => OverlapsTaken(taken, e.Span)))
            {
                conflicting.Add(diagnostic);
                continue;
            }
            foreach (var edit in edits)
            {
                taken.Insert(FirstStartingAtOrAfter(taken, edit.Span.Start), edit);
            }
            applied.Add(diagnostic);
        }
        return new FixChoice(taken, applied, conflicting);
    }

    /// <summary>
    /// Two edits overlap when they share a character, when both start at one place (their order would be a guess), or
    /// when one inserts inside the text the other replaces.
    /// </summary>
    private static bool Overlap(TextSpan a, TextSpan b) => a.Start == b.Start || (a.Start < b.End && b.Start < a.End);

    /// <summary>
    /// The edits taken lie in text order, each ending where or before the next starts: an edit can overlap only the
    /// last one starting before it or the first one starting at or after it.
    /// </summary>
    private static bool OverlapsTaken(List<TextEdit> taken, TextSpan span)
    {
        var next = FirstStartingAtOrAfter(taken, span.Start);
        return (next > 0 && Overlap(taken[next - 1].Span, span)) || (next < taken.Count && Overlap(taken[next].Span, span));
    }

    /// <summary>Where an edit starting at <paramref name="start"/> goes among the taken edits, whose starts all differ.</summary>
    private static int FirstStartingAtOrAfter(List<TextEdit> taken, int start)
    {
        var found = taken.BinarySearch(new TextEdit(new TextSpan(start, start), ""), ByStart);
        return found >= 0 ? found : ~found;
    }

    private static readonly Comparer<TextEdit> ByStart = Comparer<TextEdit>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    private static bool SelfOverlapping(IReadOnlyList<TextEdit> edits) =>
        edits.Select((e, i) => edits.Skip(i + 1).Any(o => Overlap(e.Span, o.Span))).Any(x => x);
}
