namespace Attribution.Text;

/// <summary>
/// A growing set of spans no two of which share a character, kept in start order: whether a new span overlaps one of
/// them is two comparisons after a binary search, so taking spans one by one stays linear in practice instead of
/// comparing each with all taken before it.
/// </summary>
internal sealed class DisjointSpans
{
    private readonly List<TextSpan> _spans = [];

    /// <summary>Whether <paramref name="span"/> shares a character with a span of the set (<see cref="TextSpan.OverlapsWith"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        var next = FirstStartingAtOrAfter(span.Start);
        return (next > 0 && _spans[next - 1].OverlapsWith(span)) || (next < _spans.Count && _spans[next].OverlapsWith(span));
    }

    /// <summary>Adds a span that overlaps none of the set; an empty span overlaps nothing and is not kept.</summary>
    public void Add(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return;
        }
        if (Overlaps(span))
        {
            throw new ArgumentException($"{span} overlaps a span of the set", nameof(span));
        }
        _spans.Insert(FirstStartingAtOrAfter(span.Start), span);
    }

    /// <summary>Where a span starting at <paramref name="start"/> goes; the spans' starts all differ.</summary>
    private int FirstStartingAtOrAfter(int start)
    {
        var found = _spans.BinarySearch(new TextSpan(start, start), ByStart);
        return found >= 0 ? found : ~found;
    }

    private static readonly Comparer<TextSpan> ByStart = Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start));
}
