using Attribution.Evaluation.Reporting;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class ReportWriterTests
{
    [Fact]
    public void Examples_are_spread_evenly_through_the_list()
    {
        var items = Enumerable.Range(0, 10).ToArray();

        Assert.Equal([0, 3, 6], ReportWriter.Spread(items, 3));
        Assert.Equal(items, ReportWriter.Spread(items, 20));
        Assert.Empty(ReportWriter.Spread(items, 0));
    }

    [Fact]
    public void An_excerpt_collapses_white_space_and_shortens_the_middle()
    {
        const string text = "one  two\n\nthree four five six seven eight nine ten";

        Assert.Equal("one two three", ReportWriter.Excerpt(text, [new TextSpan(0, 15)]));
        var shortened = ReportWriter.Excerpt(text, [new TextSpan(0, text.Length)], maxLength: 21);
        Assert.Equal("one two t … nine ten", shortened);
    }
}
