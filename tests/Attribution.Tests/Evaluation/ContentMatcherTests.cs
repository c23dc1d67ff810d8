using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class ContentMatcherTests
{
    [Fact]
    public void The_largest_overlap_is_paired_first()
    {
        // The first prediction touches both gold contents by 5; the second covers 8 of the second gold.
        var gold = Sets((0, 10), (20, 30));
        var predicted = Sets((5, 25), (22, 30));

        var matches = ContentMatcher.Match(gold, predicted);

        Assert.Equal([new ContentMatch(1, 1, 8), new ContentMatch(0, 0, 5)], matches);
    }

    [Fact]
    public void Each_attribution_is_used_once()
    {
        var gold = Sets((0, 10));
        var predicted = Sets((0, 4), (5, 10));

        var match = Assert.Single(ContentMatcher.Match(gold, predicted));

        Assert.Equal(new ContentMatch(0, 1, 5), match);
    }

    [Fact]
    public void Ties_go_to_the_lower_gold_then_the_lower_prediction()
    {
        var gold = Sets((0, 10), (10, 20));
        var predicted = Sets((5, 15));

        Assert.Equal([new ContentMatch(0, 0, 5)], ContentMatcher.Match(gold, predicted));
    }

    [Fact]
    public void Contents_that_only_touch_are_not_matched()
    {
        Assert.Empty(ContentMatcher.Match(Sets((0, 10)), Sets((10, 20))));
        Assert.Empty(ContentMatcher.Match(Sets((0, 10)), [SpanSet.Empty]));
    }

    private static SpanSet[] Sets(params (int Start, int End)[] spans) =>
        spans.Select(s => SpanSet.From([new TextSpan(s.Start, s.End)])).ToArray();
}
