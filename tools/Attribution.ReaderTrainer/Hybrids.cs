using Attribution.Evaluation.Extraction;
using Attribution.Text;

namespace Attribution.ReaderTrainer;

/// <summary>Ways to combine the rules' attributions of an article with the model's.</summary>
public static class Hybrids
{
    public static readonly (string Name, Func<string, IReadOnlyList<PredictedAttribution>, IReadOnlyList<PredictedAttribution>, IReadOnlyList<PredictedAttribution>> Combine)[] All =
    [
        ("rules plus the model's attributions where the rules found none", (text, rules, model) => [.. rules, .. New(rules, model)]),
        ("rules plus the model's new attributions that have a source", (text, rules, model) => [.. rules, .. New(rules, model).Where(m => m.Source is not null)]),
        ("rules plus the model's new attributions that have a source and a cue", (text, rules, model) => [.. rules, .. New(rules, model).Where(m => m.Source is not null && m.Cue is not null)]),
        ("rules plus the model's new attributions without a quotation mark", (text, rules, model) => [.. rules, .. New(rules, model).Where(m => !Quoted(text, m))]),
        ("rules plus the model's new attributions without a quotation mark that have a source", (text, rules, model) => [.. rules, .. New(rules, model).Where(m => !Quoted(text, m) && m.Source is not null)]),
        ("rules with the model's content where exactly one overlaps", (text, rules, model) => [.. Bounded(text, rules, model, direct: true)]),
        ("rules with the model's content for indirect ones only", (text, rules, model) => [.. Bounded(text, rules, model, direct: false)]),
        ("the two above: indirect contents from the model, plus new ones with a source", (text, rules, model) => [.. Bounded(text, rules, model, direct: false), .. New(rules, model).Where(m => m.Source is not null)]),
    ];

    private static IEnumerable<PredictedAttribution> New(IReadOnlyList<PredictedAttribution> rules, IReadOnlyList<PredictedAttribution> model) =>
        model.Where(m => !rules.Any(r => Overlap(r.Content, m.Content)));

    /// <summary>The rules' attributions, each taking the model's content where one model attribution overlaps it.</summary>
    private static IEnumerable<PredictedAttribution> Bounded(string text, IReadOnlyList<PredictedAttribution> rules, IReadOnlyList<PredictedAttribution> model, bool direct)
    {
        foreach (var r in rules)
        {
            var overlapping = model.Where(m => Overlap(r.Content, m.Content)).ToList();
            if (overlapping.Count == 1 && (direct || !Quoted(text, r)))
            {
                yield return r with { Content = overlapping[0].Content };
            }
            else
            {
                yield return r;
            }
        }
    }

    /// <summary>Whether the content holds a double quotation mark: the scorer's direct quotations.</summary>
    private static bool Quoted(string text, PredictedAttribution attribution) =>
        attribution.Content.Any(c => text.AsSpan(c.Start, c.Length).IndexOfAny("\"“”") >= 0);

    private static bool Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) =>
        a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));
}
