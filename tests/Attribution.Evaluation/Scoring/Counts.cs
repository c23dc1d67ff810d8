namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Counts behind precision and recall: <see cref="Correct"/> items judged right, out of <see cref="Predicted"/>
/// predictions (precision) and out of <see cref="Gold"/> gold items (recall). A ratio with a zero denominator is 0.
/// </summary>
public readonly record struct PrfCounts(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

/// <summary><see cref="Correct"/> out of <see cref="Total"/>; 0 when there is nothing to judge.</summary>
public readonly record struct AccuracyCounts(int Correct, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Correct / Total;

    public static AccuracyCounts operator +(AccuracyCounts a, AccuracyCounts b) =>
        new(a.Correct + b.Correct, a.Total + b.Total);
}
