using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Text;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Scores predictions article by article and sums the counts. Create one per run.
/// <list type="bullet">
/// <item>All attributions: every gold attribution (with a content) against every prediction, paired by
/// <see cref="ContentMatcher"/>. Overlap: a pair is correct. Exact: a pair is correct when its trimmed
/// contents (<see cref="SpanTrimmer"/>) cover the same positions.</item>
/// <item>Direct quotations: the same, matched again among direct attributions only: those whose content
/// text holds a double quotation mark (" “ ”).</item>
/// <item>Source: over the all-attributions pairs, a pair whose sources overlap (or are equal once trimmed) is
/// correct; precision is over predictions that have a source, recall over gold attributions that have one.</item>
/// <item>Speaker accuracy: of the direct pairs whose gold attribution has a source, the share whose predicted
/// source overlaps it.</item>
/// </list>
/// </summary>
public sealed class Scorer
{
    private readonly List<ErrorCase> _errors = [];
    private int _articles;
    private long _characters;
    private int _goldDirect;
    private int _predictedDirect;
    private PrfCounts _allOverlap;
    private PrfCounts _allExact;
    private PrfCounts _directOverlap;
    private PrfCounts _directExact;
    private PrfCounts _sourceOverlap;
    private PrfCounts _sourceExact;
    private AccuracyCounts _speaker;

    public static bool IsDoubleQuotationMark(char c) => c is '"' or '“' or '”';

    /// <summary>True when some position of <paramref name="spans"/> holds a double quotation mark.</summary>
    public static bool IsDirect(string text, SpanSet spans) =>
        spans.Spans.Any(span => text.AsSpan(span.Start, span.Length).IndexOfAny("\"“”") >= 0);

    /// <summary>The exact criterion: the same positions remain once every fragment of both is trimmed.</summary>
    public static bool AreExact(string text, IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted) =>
        SpanTrimmer.Trim(text, gold).Equals(SpanTrimmer.Trim(text, predicted));

    /// <summary>Sources agree when both are missing or they overlap.</summary>
    public static bool SpeakersAgree(SpanSet gold, SpanSet predicted) =>
        gold.IsEmpty && predicted.IsEmpty || gold.Overlaps(predicted);

    public void Add(Article article, IReadOnlyList<PredictedAttribution> predictions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(predictions);
        var text = article.Text;
        CheckInside(article, predictions);
        _articles++;
        _characters += text.Length;

        var gold = article.Attributions;
        var goldContent = gold.Select(g => SpanSet.From(g.Content)).ToArray();
        var goldSource = gold.Select(g => SpanSet.From(g.Source)).ToArray();
        var predictedContent = predictions.Select(p => SpanSet.From(p.Content)).ToArray();
        var predictedSource = predictions.Select(p => SpanSet.From(p.Source)).ToArray();

        // All attributions.
        var matches = ContentMatcher.Match(goldContent, predictedContent);
        var exact = matches.Select(m => AreExact(text, gold[m.Gold].Content, predictions[m.Predicted].Content)).ToArray();
        _allOverlap += new PrfCounts(matches.Count, predictions.Count, gold.Count);
        _allExact += new PrfCounts(exact.Count(e => e), predictions.Count, gold.Count);

        // Sources of the matched pairs.
        var sourceOverlap = 0;
        var sourceExact = 0;
        foreach (var match in matches)
        {
            var g = goldSource[match.Gold];
            var p = predictedSource[match.Predicted];
            if (g.IsEmpty || p.IsEmpty)
            {
                continue;
            }
            if (g.Overlaps(p))
            {
                sourceOverlap++;
            }
            if (SpanTrimmer.Trim(text, g.Spans).Equals(SpanTrimmer.Trim(text, p.Spans)))
            {
                sourceExact++;
            }
        }
        var predictedWithSource = predictedSource.Count(s => !s.IsEmpty);
        var goldWithSource = goldSource.Count(s => !s.IsEmpty);
        _sourceOverlap += new PrfCounts(sourceOverlap, predictedWithSource, goldWithSource);
        _sourceExact += new PrfCounts(sourceExact, predictedWithSource, goldWithSource);

        // Direct quotations, matched among themselves.
        var directGold = Enumerable.Range(0, gold.Count).Where(i => IsDirect(text, goldContent[i])).ToArray();
        var directPredicted = Enumerable.Range(0, predictions.Count).Where(i => IsDirect(text, predictedContent[i])).ToArray();
        _goldDirect += directGold.Length;
        _predictedDirect += directPredicted.Length;
        var directMatches = ContentMatcher.Match(
            directGold.Select(i => goldContent[i]).ToArray(),
            directPredicted.Select(i => predictedContent[i]).ToArray());
        var directExact = 0;
        foreach (var match in directMatches)
        {
            var g = directGold[match.Gold];
            var p = directPredicted[match.Predicted];
            if (AreExact(text, gold[g].Content, predictions[p].Content))
            {
                directExact++;
            }
            if (!goldSource[g].IsEmpty)
            {
                _speaker += new AccuracyCounts(goldSource[g].Overlaps(predictedSource[p]) ? 1 : 0, 1);
            }
        }
        _directOverlap += new PrfCounts(directMatches.Count, directPredicted.Length, directGold.Length);
        _directExact += new PrfCounts(directExact, directPredicted.Length, directGold.Length);

        CollectErrors(article, predictions, matches, exact, goldSource, predictedSource);
    }

    public EvaluationResult Result() => new(
        _articles,
        _characters,
        _allOverlap.Gold,
        _goldDirect,
        _allOverlap.Predicted,
        _predictedDirect,
        _directOverlap,
        _directExact,
        _allOverlap,
        _allExact,
        _sourceOverlap,
        _sourceExact,
        _speaker,
        _errors.ToArray());

    private void CollectErrors(
        Article article,
        IReadOnlyList<PredictedAttribution> predictions,
        IReadOnlyList<ContentMatch> matches,
        bool[] exact,
        SpanSet[] goldSource,
        SpanSet[] predictedSource)
    {
        var gold = article.Attributions;
        var goldMatched = new bool[gold.Count];
        var predictedMatched = new bool[predictions.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            goldMatched[match.Gold] = true;
            predictedMatched[match.Predicted] = true;
            if (!exact[i])
            {
                _errors.Add(new ErrorCase(ErrorKind.WrongBoundary, article, gold[match.Gold], predictions[match.Predicted]));
            }
            if (!SpeakersAgree(goldSource[match.Gold], predictedSource[match.Predicted]))
            {
                _errors.Add(new ErrorCase(ErrorKind.WrongSpeaker, article, gold[match.Gold], predictions[match.Predicted]));
            }
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched[g])
            {
                _errors.Add(new ErrorCase(ErrorKind.Missed, article, gold[g], null));
            }
        }
        for (var p = 0; p < predictions.Count; p++)
        {
            if (!predictedMatched[p])
            {
                _errors.Add(new ErrorCase(ErrorKind.Spurious, article, null, predictions[p]));
            }
        }
    }

    private static void CheckInside(Article article, IReadOnlyList<PredictedAttribution> predictions)
    {
        foreach (var prediction in predictions)
        {
            var spans = prediction.Content.AsEnumerable();
            if (prediction.Source is { } source)
            {
                spans = spans.Append(source);
            }
            if (prediction.Cue is { } cue)
            {
                spans = spans.Append(cue);
            }
            foreach (var span in spans)
            {
                if (span.Start < 0 || span.End < span.Start || span.End > article.Text.Length)
                {
                    throw new InvalidOperationException(
                        $"the extractor returned {span} for '{article.Name}', which has {article.Text.Length} UTF-16 code units");
                }
            }
        }
    }
}
