namespace Attribution.Evaluation.Scoring;

/// <summary>The summed counts of a run and every error found. See <see cref="Scorer"/> for the definitions.</summary>
public sealed record EvaluationResult(
    int Articles,
    long Characters,
    int GoldAttributions,
    int GoldDirect,
    int PredictedAttributions,
    int PredictedDirect,
    PrfCounts DirectOverlap,
    PrfCounts DirectExact,
    PrfCounts AllOverlap,
    PrfCounts AllExact,
    PrfCounts SourceOverlap,
    PrfCounts SourceExact,
    AccuracyCounts SpeakerAccuracy,
    IReadOnlyList<ErrorCase> Errors)
{
    /// <summary>The precision/recall rows of the report, in order, with the metric name prefix each uses.</summary>
    public IReadOnlyList<(string Name, string Label, PrfCounts Counts)> Rows =>
    [
        (MetricNames.DirectOverlap, "direct quotations, overlap", DirectOverlap),
        (MetricNames.DirectExact, "direct quotations, exact", DirectExact),
        (MetricNames.AllOverlap, "all attributions, overlap", AllOverlap),
        (MetricNames.AllExact, "all attributions, exact", AllExact),
        (MetricNames.SourceOverlap, "source, overlap", SourceOverlap),
        (MetricNames.SourceExact, "source, exact", SourceExact),
    ];

    public int ErrorCount(ErrorKind kind) => Errors.Count(e => e.Kind == kind);
}
