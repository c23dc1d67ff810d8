namespace Attribution.Text;

/// <summary>
/// A fixed set of spans by where they start, with how far the spans up to each reach: the spans that overlap or
/// follow a given one are found by a binary search and a short walk back, instead of reading every span for every
/// question. A document's links, asked about by each credit and each written URL, stay linear in the document.
/// </summary>
internal sealed class SpanIndex
{
    /// <summary>The spans in start order, each with its place in the list it was made from.</summary>
    private readonly (TextSpan Span, int Index)[] _spans;

    /// <summary>The furthest end among the spans up to each place.</summary>
    private readonly int[] _reach;

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans.Select((span, index) => (span, index)).OrderBy(s => s.span.Start)];
        _reach = new int[_spans.Length];
        for (var i = 0; i < _spans.Length; i++)
        {
            _reach[i] = Math.Max(i > 0 ? _reach[i - 1] : 0, _spans[i].Span.End);
        }
    }

    /// <summary>Whether any span shares a character with <paramref name="span"/> (<see cref="TextSpan.OverlapsWith"/>).</summary>
    public bool AnyOverlapping(TextSpan span) => Near(span, 0).Any(i => i.Span.OverlapsWith(span));

    /// <summary>
    /// Every span that overlaps <paramref name="span"/> or starts at most <paramref name="gap"/> characters after its
    /// end, with its place in the list the index was made from; and perhaps a few that only touch it, for the caller's
    /// own test to weigh.
    /// </summary>
    public IEnumerable<(TextSpan Span, int Index)> Near(TextSpan span, int gap)
    {
        var (low, high) = (0, _spans.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_spans[middle].Span.Start <= span.End + gap)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        // Back from the last span that starts close enough, while it starts after the span's end or a span at or
        // before it still reaches into the span.
        for (var i = low - 1; i >= 0 && (_spans[i].Span.Start >= span.End || _reach[i] > span.Start); i--)
        {
            yield return _spans[i];
        }
    }
}
