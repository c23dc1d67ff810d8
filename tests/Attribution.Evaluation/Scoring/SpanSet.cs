using Attribution.Text;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// A set of character positions, kept as sorted, disjoint, non-adjacent spans. Two sets are equal when they
/// cover the same positions, however the fragments were cut.
/// </summary>
public sealed class SpanSet : IEquatable<SpanSet>
{
    private readonly TextSpan[] _spans;

    private SpanSet(TextSpan[] spans)
    {
        _spans = spans;
        Length = spans.Sum(span => span.Length);
    }

    public static SpanSet Empty { get; } = new([]);

    public IReadOnlyList<TextSpan> Spans => _spans;

    /// <summary>The number of positions covered.</summary>
    public int Length { get; }

    public bool IsEmpty => _spans.Length == 0;

    /// <summary>The smallest span holding every position, or null for the empty set.</summary>
    public TextSpan? Cover => IsEmpty ? null : TextSpan.FromBounds(_spans[0].Start, _spans[^1].End);

    public static SpanSet From(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sorted = spans.Where(span => !span.IsEmpty).Order().ToList();
        if (sorted.Count == 0)
        {
            return Empty;
        }
        var merged = new List<TextSpan> { sorted[0] };
        foreach (var span in sorted.Skip(1))
        {
            var last = merged[^1];
            if (span.Start <= last.End)
            {
                merged[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return new SpanSet(merged.ToArray());
    }

    public static SpanSet From(TextSpan? span) => span is { } value ? From([value]) : Empty;

    /// <summary>The number of positions both sets cover.</summary>
    public int OverlapLength(SpanSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var overlap = 0;
        int i = 0, j = 0;
        while (i < _spans.Length && j < other._spans.Length)
        {
            overlap += _spans[i].OverlapLength(other._spans[j]);
            if (_spans[i].End <= other._spans[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return overlap;
    }

    public bool Overlaps(SpanSet other) => OverlapLength(other) > 0;

    /// <summary>The text of every span, joined by a space (as brat records a fragmented span).</summary>
    public string TextIn(string text) => string.Join(' ', _spans.Select(span => text.Substring(span.Start, span.Length)));

    public bool Equals(SpanSet? other) => other is not null && _spans.AsSpan().SequenceEqual(other._spans);

    public override bool Equals(object? obj) => Equals(obj as SpanSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var span in _spans)
        {
            hash.Add(span);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => IsEmpty ? "{}" : string.Join(' ', _spans);
}
