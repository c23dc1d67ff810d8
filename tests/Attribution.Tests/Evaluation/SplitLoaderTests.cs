using Attribution.Evaluation.Corpus;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public sealed class SplitLoaderTests : IDisposable
{
    // Invented article; the emoji makes code-point and UTF-16 offsets differ after it.
    private const string Text = "\U0001F600 Ada Lin said “we open Monday.” Staff said repairs were slow.\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "attribution-split-" + Guid.NewGuid().ToString("N"));

    public SplitLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "text"));
        Directory.CreateDirectory(Path.Combine(_root, "attributions"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Converts_code_point_offsets_and_builds_gold_attributions()
    {
        Write("text/news_2020-01-01_open.txt", Text);
        Write("attributions/news_2020-01-01_open_a1.ann",
            "T1\tSource 2 9\tAda Lin\n" +
            "T2\tCue 10 14\tsaid\n" +
            "T3\tContent 15 32\t“we open Monday.”\n" +
            "T4\tAttribution 10 14\tsaid\n" +
            "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n" +
            "T5\tContent 44 61\trepairs were slow\n" +
            "T6\tAttribution-no-source 39 43\tsaid\n" +
            "E2\tAttribution-no-source:T6 Content:T5\n");

        var split = SplitLoader.Load(_root);

        var article = Assert.Single(split.Articles);
        Assert.Equal("news_2020-01-01_open", article.Name);
        Assert.Equal(2, article.Attributions.Count);
        var first = article.Attributions[0];
        Assert.Equal("Ada Lin", Slice(first.Source));
        Assert.Equal("“we open Monday.”", Slice(first.Content));
        Assert.Equal("said", Slice(first.Cue));
        Assert.Empty(article.Attributions[1].Source);
        Assert.Equal(0, split.Report.SpanMismatches);
        Assert.Equal(0, split.Report.ProblemCount);
    }

    [Fact]
    public void Uses_the_first_annotation_file_in_sorted_order_and_counts_mismatches()
    {
        Write("text/story_one.txt", Text);
        Write("text/story_two.txt", Text);
        Write("attributions/story_one_b2.ann", "T1\tSource 2 9\tAda Lin\nT2\tContent 15 32\t“we open Monday.”\nE1\tAttribution:T1 Content:T2\n");
        Write("attributions/story_one_a9.ann",
            "T1\tSource 1 8\tAda Lin\n" +      // offsets counted in UTF-16 units by mistake: text differs
            "T2\tContent 15 900\tfar away\n" + // outside the text
            "T3\tCue 10 14\tsaid\n" +
            "E1\tAttribution:T3 Source:T1 Content:T2\n" +
            "E2\tAttribution:T3 Cue:T3\n");

        var split = SplitLoader.Load(_root);

        var article = Assert.Single(split.Articles);
        Assert.EndsWith("story_one_a9.ann", article.AnnotationPath, StringComparison.Ordinal);
        Assert.Equal(["story_one"], split.Report.ArticlesWithSeveralAnnotationFiles);
        Assert.Equal(["story_two"], split.Report.ArticlesWithoutAnnotationFile);
        Assert.Equal(2, split.Report.AnnotationFiles);
        Assert.Equal(1, split.Report.SpanMismatches);
        Assert.Equal(1, split.Report.SpansOutOfRange);
        Assert.Equal(1, split.Report.UnresolvedReferences);
        Assert.Equal(2, split.Report.EventsWithoutContent);
        Assert.Empty(article.Attributions);
    }

    [Fact]
    public void A_missing_directory_is_reported_in_one_sentence()
    {
        var error = Assert.Throws<CorpusLoadException>(() => SplitLoader.Load(Path.Combine(_root, "nowhere")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_text_and_attributions_folders_is_not_a_split()
    {
        Directory.Delete(Path.Combine(_root, "attributions"));

        var error = Assert.Throws<CorpusLoadException>(() => SplitLoader.Load(_root));

        Assert.Contains("is not a split", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cnn_2016-09-01_a-title_4e07.ann", "cnn_2016-09-01_a-title")]
    [InlineData("plain_x.ann", "plain")]
    public void The_article_name_drops_the_annotator_suffix(string file, string article) =>
        Assert.Equal(article, SplitLoader.ArticleNameOf(file));

    private static string Slice(IReadOnlyList<TextSpan> spans) => string.Join(' ', spans.Select(s => Text[s.Start..s.End]));

    private void Write(string relative, string content) => File.WriteAllText(Path.Combine(_root, relative), content);
}
