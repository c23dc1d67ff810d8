using Attribution.Evaluation.Extraction;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.ReaderLab;

/// <summary>
/// Turns a paragraph's tags into attributions: each run of content tags is a content; contents separated only by a
/// source or cue and punctuation are fragments of one; each takes the nearest cue and source of its sentence span.
/// </summary>
public static class Decoder
{
    public static IEnumerable<PredictedAttribution> Attributions(IReadOnlyList<Token> tokens, int[] tags, IReadOnlyList<int> sentenceStarts)
    {
        var runs = Tags.Runs(tags);
        var contents = runs.Where(r => r.Role == 1).ToList();
        var groups = new List<List<(int Role, int Start, int End)>>();
        foreach (var run in contents)
        {
            if (groups.Count > 0 && OnlyAttributionBetween(tokens, tags, groups[^1][^1].End, run.Start))
            {
                groups[^1].Add(run);
            }
            else
            {
                groups.Add([run]);
            }
        }
        foreach (var group in groups)
        {
            var first = group[0].Start;
            var last = group[^1].End;
            var cue = Nearest(runs, 3, first, last, tokens, sentenceStarts);
            var anchorStart = cue is { } c ? c.Start : first;
            var anchorEnd = cue is { } c2 ? c2.End : last;
            var source = Nearest(runs, 2, anchorStart, anchorEnd, tokens, sentenceStarts);
            yield return new PredictedAttribution(
                [.. group.Select(r => Span(tokens, r.Start, r.End))],
                source is { } s ? Span(tokens, s.Start, s.End) : null,
                cue is { } k ? Span(tokens, k.Start, k.End) : null);
        }
    }

    private static bool OnlyAttributionBetween(IReadOnlyList<Token> tokens, int[] tags, int from, int to)
    {
        var attribution = false;
        for (var i = from; i < to; i++)
        {
            var role = Tags.RoleOf(tags[i]);
            if (role is 2 or 3)
            {
                attribution = true;
            }
            else if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number)
            {
                return false;
            }
        }
        return attribution;
    }

    private static (int Role, int Start, int End)? Nearest(List<(int Role, int Start, int End)> runs, int role, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<int> sentenceStarts)
    {
        (int, int, int)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var run in runs)
        {
            if (run.Role != role) continue;
            var distance = run.End <= start ? start - run.End : run.Start >= end ? run.Start - end : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = run;
            }
        }
        return bestDistance <= 40 ? best : null;
    }

    private static TextSpan Span(IReadOnlyList<Token> tokens, int start, int end) => new(tokens[start].Span.Start, tokens[end - 1].Span.End);
}
