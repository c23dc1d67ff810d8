namespace Attribution.Evaluation.Scoring;

/// <summary>
/// The names a floors file may use: <c>&lt;row&gt;.precision|recall|f1</c> for each row of
/// <see cref="EvaluationResult.Rows"/>, <c>speaker.accuracy</c> and <c>throughput.mb_per_second</c>.
/// </summary>
public static class MetricNames
{
    public const string DirectOverlap = "direct.overlap";
    public const string DirectExact = "direct.exact";
    public const string AllOverlap = "all.overlap";
    public const string AllExact = "all.exact";
    public const string SourceOverlap = "source.overlap";
    public const string SourceExact = "source.exact";
    public const string SpeakerAccuracy = "speaker.accuracy";
    public const string Throughput = "throughput.mb_per_second";

    public static IReadOnlyDictionary<string, double> Values(EvaluationResult result, Throughput? throughput)
    {
        ArgumentNullException.ThrowIfNull(result);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, _, counts) in result.Rows)
        {
            values[$"{name}.precision"] = counts.Precision;
            values[$"{name}.recall"] = counts.Recall;
            values[$"{name}.f1"] = counts.F1;
        }
        values[SpeakerAccuracy] = result.SpeakerAccuracy.Value;
        if (throughput is not null)
        {
            values[Throughput] = throughput.MegabytesPerSecond;
        }
        return values;
    }

    /// <summary>Every name, including the ones only present when throughput was measured.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(
        new[] { DirectOverlap, DirectExact, AllOverlap, AllExact, SourceOverlap, SourceExact }
            .SelectMany(row => new[] { $"{row}.precision", $"{row}.recall", $"{row}.f1" })
            .Append(SpeakerAccuracy)
            .Append(Throughput),
        StringComparer.Ordinal);
}
