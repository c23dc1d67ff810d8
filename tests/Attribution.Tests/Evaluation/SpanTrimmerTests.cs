using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class SpanTrimmerTests
{
    [Theory]
    [InlineData("  “Yes, we will.”  ", "Yes, we will")]
    [InlineData("\"It's done,\"", "It's done")]
    [InlineData("‘maybe’ —", "maybe")]
    [InlineData("'the voters'", "the voters")]
    [InlineData("– a plan; a goal! –", "a plan; a goal")]
    [InlineData("the “real” answer", "the “real” answer")]
    public void Trims_white_space_quotation_marks_and_edge_punctuation(string text, string expected)
    {
        var trimmed = SpanTrimmer.Trim(text, new TextSpan(0, text.Length));

        Assert.Equal(expected, text[trimmed.Start..trimmed.End]);
    }

    [Fact]
    public void A_span_of_nothing_but_marks_trims_to_empty()
    {
        const string text = "ab “,” cd";

        Assert.True(SpanTrimmer.Trim(text, new TextSpan(2, 7)).IsEmpty);
    }

    [Fact]
    public void Each_fragment_is_trimmed_on_its_own()
    {
        const string text = "“We won,” she said, “and we will win again.”";
        var first = new TextSpan(0, 9);
        var second = new TextSpan(20, text.Length);

        var trimmed = SpanTrimmer.Trim(text, [first, second]);

        Assert.Equal(["We won", "and we will win again"], trimmed.Spans.Select(s => text[s.Start..s.End]));
    }
}
