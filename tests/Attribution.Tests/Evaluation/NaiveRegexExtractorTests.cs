using Attribution.Evaluation.Extraction;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class NaiveRegexExtractorTests
{
    private readonly NaiveRegexExtractor _extractor = new();

    [Fact]
    public void A_curly_quotation_with_said_and_a_name_after_it()
    {
        const string text = "“We will build it,” said Mayor Ana Ruiz on Friday.";

        var attribution = Assert.Single(_extractor.Extract("invented.txt", text));

        Assert.Equal("“We will build it,”", Slice(text, Assert.Single(attribution.Content)));
        Assert.Equal("Mayor Ana Ruiz", Slice(text, attribution.Source));
        Assert.Equal("said", Slice(text, attribution.Cue));
    }

    [Fact]
    public void A_straight_quotation_with_the_name_and_cue_before_it()
    {
        const string text = "The meeting ran late. Tom Berg says: \"Not today.\"";

        var attribution = Assert.Single(_extractor.Extract("invented.txt", text));

        Assert.Equal("\"Not today.\"", Slice(text, Assert.Single(attribution.Content)));
        Assert.Equal("Tom Berg", Slice(text, attribution.Source));
        Assert.Equal("says", Slice(text, attribution.Cue));
    }

    [Fact]
    public void A_name_and_cue_after_the_quotation()
    {
        const string text = "“Fine,” Lea Park said, and left.";

        var attribution = Assert.Single(_extractor.Extract("invented.txt", text));

        Assert.Equal("Lea Park", Slice(text, attribution.Source));
    }

    [Fact]
    public void A_pronoun_is_not_a_source()
    {
        const string text = "“Fine,” he said.";

        var attribution = Assert.Single(_extractor.Extract("invented.txt", text));

        Assert.Null(attribution.Source);
        Assert.Null(attribution.Cue);
    }

    [Fact]
    public void Quotation_marks_are_not_paired_across_a_line_break()
    {
        const string text = "“The first paragraph of a long quote.\n\n“The second one ends here.”";

        var attribution = Assert.Single(_extractor.Extract("invented.txt", text));

        Assert.Equal("“The second one ends here.”", Slice(text, Assert.Single(attribution.Content)));
    }

    [Fact]
    public void The_library_extractor_reports_contents_with_their_marks_and_the_speaker_mention()
    {
        const string text = "“We will not raise taxes this year,” said Mayor Anna Berg.";
        var predicted = Assert.Single(new LibraryExtractor().Extract("a.txt", text));

        Assert.Equal("“We will not raise taxes this year,”", Slice(text, Assert.Single(predicted.Content)));
        Assert.Equal("Mayor Anna Berg", Slice(text, predicted.Source));
        Assert.Equal("said", Slice(text, predicted.Cue));
    }

    private static string Slice(string text, TextSpan? span)
    {
        Assert.NotNull(span);
        return text[span.Value.Start..span.Value.End];
    }
}
