namespace Attribution.Evaluation.Scoring;

/// <summary>A gold and a predicted attribution paired by the overlap of their contents.</summary>
public readonly record struct ContentMatch(int Gold, int Predicted, int Overlap);

/// <summary>
/// Pairs predicted with gold attributions one to one: of all pairs whose contents share at least one
/// character, the pair with the largest overlap is taken first, then the largest among those left, and so
/// on; each attribution is used at most once. Ties go to the lower gold index, then the lower predicted index.
/// </summary>
public static class ContentMatcher
{
    public static IReadOnlyList<ContentMatch> Match(IReadOnlyList<SpanSet> gold, IReadOnlyList<SpanSet> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var candidates = new List<ContentMatch>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = gold[g].OverlapLength(predicted[p]);
                if (overlap > 0)
                {
                    candidates.Add(new ContentMatch(g, p, overlap));
                }
            }
        }
        candidates.Sort((a, b) => a.Overlap != b.Overlap
            ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));

        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        var matches = new List<ContentMatch>();
        foreach (var candidate in candidates)
        {
            if (goldUsed[candidate.Gold] || predictedUsed[candidate.Predicted])
            {
                continue;
            }
            goldUsed[candidate.Gold] = true;
            predictedUsed[candidate.Predicted] = true;
            matches.Add(candidate);
        }
        return matches;
    }
}
