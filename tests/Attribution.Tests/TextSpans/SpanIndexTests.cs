using Attribution.Text;

namespace Attribution.Tests.TextSpans;

/// <summary>Spans found by place: the fixed index of a document's links and the growing set of credits taken.</summary>
public class SpanIndexTests
{
    private static TextSpan S(int start, int end) => new(start, end);

    [Fact]
    public void The_spans_near_one_are_those_that_overlap_it_or_start_within_the_gap_after_it()
    {
        // Out of start order, as a list may give them; one long span reaches over the others.
        var spans = new[] { S(40, 45), S(0, 100), S(10, 20), S(22, 24), S(30, 35), S(21, 21) };
        var index = new SpanIndex(spans);
        var near = index.Near(S(18, 21), gap: 2).Select(n => n.Index).Order().ToList();
        Assert.Equal([1, 2, 3, 5], near);
        Assert.All(index.Near(S(18, 21), 2), n => Assert.Equal(spans[n.Index], n.Span));
        Assert.DoesNotContain(index.Near(S(18, 21), 0), n => n.Index == 3);
    }

    [Fact]
    public void Overlap_is_sharing_a_character()
    {
        var index = new SpanIndex([S(10, 20), S(30, 40)]);
        Assert.True(index.AnyOverlapping(S(19, 25)));
        Assert.True(index.AnyOverlapping(S(0, 100)));
        Assert.False(index.AnyOverlapping(S(20, 30)));
        Assert.False(index.AnyOverlapping(S(15, 15)));
        Assert.False(new SpanIndex([]).AnyOverlapping(S(0, 10)));
    }

    [Fact]
    public void Each_answer_matches_reading_every_span()
    {
        var random = new Random(7);
        var spans = Enumerable.Range(0, 300).Select(_ => random.Next(1000)).Select(start => S(start, start + random.Next(0, 40))).ToList();
        var index = new SpanIndex(spans);
        for (var i = 0; i < 500; i++)
        {
            var start = random.Next(1000);
            var span = S(start, start + random.Next(0, 30));
            var gap = random.Next(0, 4);
            var found = index.Near(span, gap).Select(n => n.Index).ToHashSet();
            var expected = spans.Select((s, k) => (s, k)).Where(p => p.s.OverlapsWith(span) || (p.s.Start >= span.End && p.s.Start <= span.End + gap)).Select(p => p.k);
            Assert.Superset(expected.ToHashSet(), found);
            Assert.Equal(spans.Any(s => s.OverlapsWith(span)), index.AnyOverlapping(span));
        }
    }

    [Fact]
    public void A_growing_set_of_disjoint_spans_answers_as_reading_every_span()
    {
        var random = new Random(11);
        var set = new DisjointSpans();
        var taken = new List<TextSpan>();
        for (var i = 0; i < 2_000; i++)
        {
            var start = random.Next(5_000);
            var span = S(start, start + random.Next(0, 12));
            var overlaps = taken.Any(t => t.OverlapsWith(span));
            Assert.Equal(overlaps, set.Overlaps(span));
            if (!overlaps)
            {
                set.Add(span);
                taken.Add(span);
            }
        }
        Assert.Throws<ArgumentException>(() => set.Add(taken.First(t => !t.IsEmpty)));
    }
}
