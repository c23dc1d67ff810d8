using Attribution.Evaluation;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Evaluation.Reporting;
using Attribution.Evaluation.Scoring;

// Exit codes: 0 done (and every floor met), 1 a metric below its floor, 2 bad arguments, split or floors
// file, 3 the extractor is unavailable or failed.
const int BelowFloor = 1;
const int BadInput = 2;
const int ExtractorFailed = 3;

if (!EvaluationOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return BadInput;
}
if (options.ShowHelp)
{
    Console.WriteLine(EvaluationOptions.Usage);
    return 0;
}

IReadOnlyDictionary<string, double> floors;
CorpusSplit split;
try
{
    floors = options.FloorsPath is null ? new Dictionary<string, double>() : Floors.Load(options.FloorsPath);
    split = SplitLoader.Load(options.SplitDirectory);
}
catch (Exception e) when (e is FloorsFileException or CorpusLoadException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return BadInput;
}

var report = new ReportWriter(Console.Out);
report.WriteLoad(split);

var extractor = Extractors.Create(options.Extractor);
List<IReadOnlyList<PredictedAttribution>> predictions;
Throughput throughput;
try
{
    // The first pass warms the extractor up and gives the predictions that are scored; then it is timed.
    predictions = split.Articles.Select(a => extractor.Extract(a.TextPath, a.Text)).ToList();
    throughput = Throughput.Measure(extractor, split.Articles, Throughput.MinimumTiming);
}
catch (NotSupportedException e)
{
    Console.Error.WriteLine($"error: extractor '{options.Extractor}' is not available: {e.Message} (use --extractor {Extractors.Naive} for the baseline)");
    return ExtractorFailed;
}

if (options.PredictionsPath is not null)
{
    PredictionWriter.Write(options.PredictionsPath, split.Articles, predictions);
}

var scorer = new Scorer();
try
{
    for (var i = 0; i < split.Articles.Count; i++)
    {
        scorer.Add(split.Articles[i], predictions[i]);
    }
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExtractorFailed;
}
var result = scorer.Result();
report.WriteMetrics(options.Extractor, result, throughput);
report.WriteErrors(result, options.Examples);

var failures = Floors.Check(MetricNames.Values(result, throughput), floors);
if (options.FloorsPath is not null)
{
    report.WriteFloors(failures, floors.Count);
}
return failures.Count > 0 ? BelowFloor : 0;
