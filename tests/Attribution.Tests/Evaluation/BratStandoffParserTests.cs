using Attribution.Evaluation.Corpus;

namespace Attribution.Tests.Evaluation;

public class BratStandoffParserTests
{
    [Fact]
    public void Reads_text_bound_annotations_with_several_fragments()
    {
        var brat = BratStandoffParser.Parse("T1\tContent 10 20;30 35\tfirst part second\n");

        var content = brat.TextBounds["T1"];
        Assert.Equal("Content", content.Label);
        Assert.Equal([new CodePointRange(10, 20), new CodePointRange(30, 35)], content.Fragments);
        Assert.Equal("first part second", content.Text);
        Assert.Empty(brat.Problems);
    }

    [Fact]
    public void Reads_events_with_repeated_and_missing_roles()
    {
        var brat = BratStandoffParser.Parse(
            "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3 Content2:T5\n" +
            "E2\tAttribution-no-source:T8 Content:T3 Cue:T6\n" +
            "E3\tAttribution-no-source:T9 \n");

        Assert.Equal(3, brat.Events.Count);
        var first = brat.Events[0];
        Assert.Equal("Attribution", first.Type);
        Assert.Equal("T4", first.TriggerId);
        Assert.Equal(["Cue", "Source", "Content", "Content"], first.Arguments.Select(a => a.BaseRole));
        Assert.Equal("Content2", first.Arguments[3].Role);
        Assert.DoesNotContain(brat.Events[1].Arguments, a => a.BaseRole == "Source");
        Assert.Empty(brat.Events[2].Arguments);
    }

    [Fact]
    public void A_line_without_an_id_continues_the_text_of_the_annotation_before_it()
    {
        var brat = BratStandoffParser.Parse(
            "T1\tContent 0 26\tThe plan works.\n\nIt ships.\n" +
            "T2\tSource 30 33\tAda\n");

        Assert.Equal("The plan works.\n\nIt ships.", brat.TextBounds["T1"].Text);
        Assert.Equal("Ada", brat.TextBounds["T2"].Text);
        Assert.Empty(brat.Problems);
    }

    [Fact]
    public void Empty_lines_between_annotations_are_not_span_text()
    {
        var brat = BratStandoffParser.Parse("T1\tSource 0 3\tAda\n\n\nT2\tCue 4 8\tsaid\n\n");

        Assert.Equal("Ada", brat.TextBounds["T1"].Text);
        Assert.Equal("said", brat.TextBounds["T2"].Text);
    }

    [Fact]
    public void Other_annotation_kinds_are_skipped_and_bad_lines_reported()
    {
        var brat = BratStandoffParser.Parse(
            "#1\tAnnotatorNotes T1\tchecked\n" +
            "A1\tNegated E1\n" +
            "T1\tSource 5 x\tAda\n" +
            "T2\tCue\tsaid\n" +
            "E1\tAttribution\n");

        Assert.Empty(brat.TextBounds);
        Assert.Empty(brat.Events);
        Assert.Equal(3, brat.Problems.Count);
        Assert.StartsWith("line 3:", brat.Problems[0], StringComparison.Ordinal);
    }
}
