using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class SpanSetTests
{
    [Fact]
    public void Fragments_are_sorted_and_touching_ones_merged()
    {
        var set = SpanSet.From([new TextSpan(20, 25), new TextSpan(0, 5), new TextSpan(5, 8), new TextSpan(3, 4), new TextSpan(9, 9)]);

        Assert.Equal([new TextSpan(0, 8), new TextSpan(20, 25)], set.Spans);
        Assert.Equal(13, set.Length);
        Assert.Equal(new TextSpan(0, 25), set.Cover);
    }

    [Fact]
    public void Sets_covering_the_same_positions_are_equal_however_they_are_cut()
    {
        var whole = SpanSet.From([new TextSpan(0, 10)]);
        var cut = SpanSet.From([new TextSpan(0, 4), new TextSpan(4, 10)]);

        Assert.Equal(whole, cut);
        Assert.Equal(whole.GetHashCode(), cut.GetHashCode());
        Assert.NotEqual(whole, SpanSet.From([new TextSpan(0, 9)]));
    }

    [Fact]
    public void Overlap_counts_shared_positions_across_fragments()
    {
        var a = SpanSet.From([new TextSpan(0, 10), new TextSpan(20, 30)]);
        var b = SpanSet.From([new TextSpan(5, 25)]);

        Assert.Equal(10, a.OverlapLength(b));
        Assert.Equal(10, b.OverlapLength(a));
        Assert.False(a.Overlaps(SpanSet.From([new TextSpan(10, 20)])));
        Assert.False(a.Overlaps(SpanSet.Empty));
    }
}
