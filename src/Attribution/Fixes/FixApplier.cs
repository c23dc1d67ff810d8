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

/// <summary>
/// Applies the safe fixes (<see cref="FixKind.Fix"/>) of a text's findings, never its suggestions. Fixes are taken
/// in text order; one whose edits overlap an edit already taken is not applied but reported, as ESLint does.
/// </summary>
public static class FixApplier
{
    /// <param name="text">The decoded original text: the text the findings' offsets refer to.</param>
    public static FixPlan Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var conflicting = new List<Diagnostic>();
        var fixable = diagnostics.Where(d => d.Fix is { Kind: FixKind.Fix, Edits.Count: > 0 })
            .OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start)).ThenBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in fixable)
        {
            var edits = diagnostic.Fix!.Edits;
            if (edits.Any(e => e.Span.End > text.Length) || edits.Any(e => taken.Any(t => Overlap(t.Span, e.Span))) || SelfOverlapping(edits))
            {
                conflicting.Add(diagnostic);
                continue;
            }
            taken.AddRange(edits);
            applied.Add(diagnostic);
        }
        var result = new StringBuilder(text);
        foreach (var edit in taken.OrderByDescending(e => e.Span.Start))
        {
            result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }
        return new FixPlan(result.ToString(), applied, conflicting);
    }

    /// <summary>Two edits overlap when they share a character, or both start at one place (their order would be a guess).</summary>
    private static bool Overlap(TextSpan a, TextSpan b) => a.OverlapsWith(b) || a.Start == b.Start;

    private static bool SelfOverlapping(IReadOnlyList<TextEdit> edits) =>
        edits.Select((e, i) => edits.Skip(i + 1).Any(o => Overlap(e.Span, o.Span))).Any(x => x);
}
