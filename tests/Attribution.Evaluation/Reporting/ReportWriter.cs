using System.Globalization;
using System.Text;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Evaluation.Reporting;

/// <summary>Writes the console report: how the split loaded, the metric table, throughput and error examples.</summary>
public sealed class ReportWriter(TextWriter output)
{
    private const int ExcerptLength = 100;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void WriteLoad(CorpusSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var report = split.Report;
        Line($"Split: {split.Directory}");
        Line($"  {split.Articles.Count:N0} articles loaded of {report.TextFiles:N0} text files; {report.AnnotationFiles:N0} annotation files");
        if (report.ArticlesWithSeveralAnnotationFiles.Count > 0)
        {
            Line($"  {report.ArticlesWithSeveralAnnotationFiles.Count:N0} articles have several annotation files (the first in sorted order is used)");
        }
        if (report.ArticlesWithoutAnnotationFile.Count > 0)
        {
            Line($"  {report.ArticlesWithoutAnnotationFile.Count:N0} text files have no annotation file and are left out: "
                + string.Join(", ", report.ArticlesWithoutAnnotationFile.Take(5)));
        }
        Line($"  {report.TextBounds:N0} annotated spans checked against the text: {report.SpanMismatches:N0} text mismatches, {report.SpansOutOfRange:N0} out of range");
        Line($"  {report.Events:N0} attribution events: {report.Attributions:N0} kept, {report.EventsWithoutContent:N0} without content left out, {report.UnresolvedReferences:N0} unresolved references");
        if (report.ProblemCount > 0)
        {
            Line($"  {report.ProblemCount:N0} loading problems{(report.ProblemCount > report.Problems.Count ? $", first {report.Problems.Count}" : string.Empty)}:");
            foreach (var problem in report.Problems)
            {
                Line($"    {problem}");
            }
        }
        Line();
    }

    public void WriteMetrics(string extractor, EvaluationResult result, Throughput throughput)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(throughput);
        Line($"Extractor: {extractor}");
        Line($"  gold: {result.GoldAttributions:N0} attributions, {result.GoldDirect:N0} direct; predicted: {result.PredictedAttributions:N0}, {result.PredictedDirect:N0} direct");
        Line();
        Line($"{"Metric",-28} {"P",6} {"R",6} {"F1",6} {"correct",8} {"pred",6} {"gold",6}");
        foreach (var (_, label, counts) in result.Rows)
        {
            Line(string.Create(Invariant,
                $"{label,-28} {counts.Precision,6:0.000} {counts.Recall,6:0.000} {counts.F1,6:0.000} {counts.Correct,8} {counts.Predicted,6} {counts.Gold,6}"));
        }
        var speaker = result.SpeakerAccuracy;
        Line(string.Create(Invariant,
            $"{"speaker accuracy (direct)",-28} {speaker.Value,6:0.000}   ({speaker.Correct} of {speaker.Total} matched direct quotations with a gold source)"));
        Line();
        Line(string.Create(Invariant,
            $"Throughput: {throughput.MegabytesPerSecond:0.00} MB/s ({throughput.Utf8Bytes:N0} bytes, {throughput.Characters:N0} characters, {throughput.Articles} articles; {throughput.Passes} passes in {throughput.Elapsed.TotalSeconds:0.00} s on one thread, after a warm-up pass)"));
        Line();
    }

    public void WriteErrors(EvaluationResult result, int examples)
    {
        ArgumentNullException.ThrowIfNull(result);
        Line("Errors (all attributions)");
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            Line($"  {Describe(kind),-15} {result.ErrorCount(kind),6:N0}");
        }
        if (examples <= 0)
        {
            return;
        }
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            var cases = result.Errors.Where(e => e.Kind == kind).ToArray();
            if (cases.Length == 0)
            {
                continue;
            }
            var shown = Spread(cases, examples);
            Line();
            Line($"{Describe(kind)}: {shown.Count} of {cases.Length:N0}");
            foreach (var error in shown)
            {
                WriteExample(error);
            }
        }
        Line();
    }

    public void WriteFloors(IReadOnlyList<FloorFailure> failures, int floorCount)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count == 0)
        {
            Line($"Floors: all {floorCount} met");
            return;
        }
        foreach (var failure in failures)
        {
            Line(failure.ToString());
        }
    }

    /// <summary>At most <paramref name="count"/> items taken at even steps through the list, so examples come from across the split.</summary>
    public static IReadOnlyList<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (count >= items.Count)
        {
            return items;
        }
        return Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]).ToArray();
    }

    /// <summary>The text of the spans on one line, white space collapsed, shortened in the middle when long.</summary>
    public static string Excerpt(string text, IEnumerable<TextSpan> spans, int maxLength = ExcerptLength)
    {
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            if (builder.Length > 0)
            {
                builder.Append(" … ");
            }
            var lastWasSpace = false;
            foreach (var c in text.AsSpan(span.Start, span.Length))
            {
                var space = char.IsWhiteSpace(c);
                if (!space || !lastWasSpace)
                {
                    builder.Append(space ? ' ' : c);
                }
                lastWasSpace = space;
            }
        }
        var excerpt = builder.ToString();
        if (excerpt.Length <= maxLength)
        {
            return excerpt;
        }
        var half = (maxLength - 3) / 2;
        return $"{excerpt[..half].TrimEnd()} … {excerpt[^half..].TrimStart()}";
    }

    private void WriteExample(ErrorCase error)
    {
        var text = error.Article.Text;
        var gold = error.Gold;
        var predicted = error.Predicted;
        var at = gold is not null ? SpanSet.From(gold.Content).Cover : SpanSet.From(predicted!.Content).Cover;
        Line($"  {error.Article.Name} {at}");
        switch (error.Kind)
        {
            case ErrorKind.Missed:
                Line($"    gold: {Excerpt(text, gold!.Content)}");
                Line($"    gold source: {SourceText(text, gold.Source)}");
                break;
            case ErrorKind.Spurious:
                Line($"    predicted: {Excerpt(text, predicted!.Content)}");
                Line($"    predicted source: {SourceText(text, SpanSet.From(predicted.Source).Spans)}");
                break;
            case ErrorKind.WrongBoundary:
                Line($"    gold:      {Excerpt(text, gold!.Content)}");
                Line($"    predicted: {Excerpt(text, predicted!.Content)}");
                break;
            case ErrorKind.WrongSpeaker:
                Line($"    content: {Excerpt(text, gold!.Content)}");
                Line($"    gold source: {SourceText(text, gold.Source)} | predicted source: {SourceText(text, SpanSet.From(predicted!.Source).Spans)}");
                break;
        }
    }

    private static string SourceText(string text, IReadOnlyList<TextSpan> spans) =>
        spans.Count == 0 ? "(none)" : Excerpt(text, spans, 60);

    private static string Describe(ErrorKind kind) => kind switch
    {
        ErrorKind.Missed => "missed",
        ErrorKind.Spurious => "spurious",
        ErrorKind.WrongBoundary => "wrong boundary",
        ErrorKind.WrongSpeaker => "wrong speaker",
        _ => kind.ToString(),
    };

    private void Line(string line = "") => output.WriteLine(line);
}
