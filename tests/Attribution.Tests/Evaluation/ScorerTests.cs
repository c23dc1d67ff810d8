using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Tests.Evaluation;

public class ScorerTests
{
    // Invented article.
    private const string Text = "Mia Lund said “the bridge opens in May.” Officials said the budget was tight. The weather was mild.";

    [Fact]
    public void Counts_overlap_exact_source_and_speaker_metrics()
    {
        var article = Article(
            Gold("E1", content: Find("“the bridge opens in May.”"), source: Find("Mia Lund")),
            Gold("E2", content: Find("the budget was tight"), source: Find("Officials")));
        var predictions = new[]
        {
            new PredictedAttribution([Find("“the bridge opens in May.”")], Find("Mia"), Find("said")),
            new PredictedAttribution([Find("budget was tight.")], null, null),
            new PredictedAttribution([Find("The weather was mild.")], null, null),
        };

        var scorer = new Scorer();
        scorer.Add(article, predictions);
        var result = scorer.Result();

        Assert.Equal(new PrfCounts(2, 3, 2), result.AllOverlap);
        Assert.Equal(new PrfCounts(1, 3, 2), result.AllExact);
        Assert.Equal(new PrfCounts(1, 1, 1), result.DirectOverlap);
        Assert.Equal(new PrfCounts(1, 1, 1), result.DirectExact);
        Assert.Equal(new PrfCounts(1, 1, 2), result.SourceOverlap);
        Assert.Equal(new PrfCounts(0, 1, 2), result.SourceExact);
        Assert.Equal(new AccuracyCounts(1, 1), result.SpeakerAccuracy);
        Assert.Equal(0, result.ErrorCount(ErrorKind.Missed));
        Assert.Equal(1, result.ErrorCount(ErrorKind.Spurious));
        Assert.Equal(1, result.ErrorCount(ErrorKind.WrongBoundary));
        Assert.Equal(1, result.ErrorCount(ErrorKind.WrongSpeaker));
        Assert.Equal(2.0 / 3, result.AllOverlap.Precision, 6);
        Assert.Equal(0.8, result.AllOverlap.F1, 6);
    }

    [Fact]
    public void Direct_quotations_are_matched_among_themselves()
    {
        // The indirect gold content is covered by a quoted prediction: a match over all attributions,
        // but neither counts among direct quotations' correct pairs.
        var article = Article(Gold("E1", content: Find("the budget was tight"), source: Find("Officials")));
        var predictions = new[] { new PredictedAttribution([Find("“the bridge opens in May.” Officials said the budget")], null, null) };

        var scorer = new Scorer();
        scorer.Add(article, predictions);
        var result = scorer.Result();

        Assert.Equal(new PrfCounts(1, 1, 1), result.AllOverlap);
        Assert.Equal(new PrfCounts(0, 1, 0), result.DirectOverlap);
        Assert.Equal(new AccuracyCounts(0, 0), result.SpeakerAccuracy);
    }

    [Fact]
    public void Fragmented_contents_are_exact_when_the_trimmed_positions_agree()
    {
        const string text = "“We won,” she said, “and we will win again.”";
        var gold = new[] { new TextSpan(0, 9), new TextSpan(20, text.Length) };
        var predicted = new[] { new TextSpan(1, 7), new TextSpan(21, 30), new TextSpan(30, text.Length - 2) };

        Assert.True(Scorer.AreExact(text, gold, predicted));
        Assert.False(Scorer.AreExact(text, gold, [new TextSpan(0, text.Length)]));
    }

    [Fact]
    public void Missing_gold_and_spurious_predictions_are_errors()
    {
        var article = Article(Gold("E1", content: Find("the budget was tight"), source: []));
        var predictions = new[] { new PredictedAttribution([Find("The weather")], null, null) };

        var scorer = new Scorer();
        scorer.Add(article, predictions);
        var result = scorer.Result();

        Assert.Equal(1, result.ErrorCount(ErrorKind.Missed));
        Assert.Equal(1, result.ErrorCount(ErrorKind.Spurious));
        Assert.Equal(new PrfCounts(0, 0, 0), result.SourceOverlap);
    }

    [Fact]
    public void A_prediction_outside_the_text_is_refused()
    {
        var article = Article();
        var predictions = new[] { new PredictedAttribution([new TextSpan(0, Text.Length + 1)], null, null) };

        Assert.Throws<InvalidOperationException>(() => new Scorer().Add(article, predictions));
    }

    [Theory]
    [InlineData("plain words", false)]
    [InlineData("a “quoted” word", true)]
    [InlineData("a \"quoted\" word", true)]
    [InlineData("a ‘quoted’ word", false)]
    public void Direct_means_a_double_quotation_mark_in_the_content(string text, bool direct) =>
        Assert.Equal(direct, Scorer.IsDirect(text, SpanSet.From([new TextSpan(0, text.Length)])));

    private static Article Article(params GoldAttribution[] gold) => new("invented", "invented.txt", Text, "invented_a.ann", gold);

    private static GoldAttribution Gold(string id, TextSpan content, IReadOnlyList<TextSpan> source) => new(id, [content], source, []);

    private static GoldAttribution Gold(string id, TextSpan content, TextSpan source) => Gold(id, content, [source]);

    private static TextSpan Find(string value)
    {
        var start = Text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{value}' is not in the test text");
        return new TextSpan(start, start + value.Length);
    }
}
