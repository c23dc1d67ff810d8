using Attribution.RuleBenchmark;

// Exit codes: 0 measured (and every floor met), 1 a metric outside its floor, a page or a severity out of step
// with the numbers, 2 bad arguments, corpus path, judgements or floors file.
const int OutsideFloors = 1;
const int BadInput = 2;
const string Usage = "usage: Attribution.RuleBenchmark <polnear-split-directory> [--inject-also SPLIT]… [--web-news DIR] [--judgements FILE] [--floors FILE] [--pages REPO-ROOT] [--write-pages] [--seed N]";

string? corpus = null;
string? webNews = null;
var injectionOnly = new List<string>();
string? judgementsPath = null;
string? floorsPath = null;
string? pagesRoot = null;
var writePages = false;
var seed = Seeds.Default;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--web-news" when i + 1 < args.Length:
            webNews = args[++i];
            break;
        case "--inject-also" when i + 1 < args.Length:
            injectionOnly.Add(args[++i]);
            break;
        case "--judgements" when i + 1 < args.Length:
            judgementsPath = args[++i];
            break;
        case "--floors" when i + 1 < args.Length:
            floorsPath = args[++i];
            break;
        case "--pages" when i + 1 < args.Length:
            pagesRoot = args[++i];
            break;
        case "--write-pages":
            writePages = true;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var value):
            seed = value;
            i++;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            if (args[i].StartsWith('-') || corpus is not null)
            {
                Console.Error.WriteLine($"error: unexpected argument '{args[i]}'");
                Console.Error.WriteLine(Usage);
                return BadInput;
            }
            corpus = args[i];
            break;
    }
}
if (corpus is null)
{
    Console.Error.WriteLine(Usage);
    return BadInput;
}

BenchmarkResult result;
Floors floors;
try
{
    var articles = Corpus.Load(corpus, out _);
    var judgements = judgementsPath is null ? Judgements.Empty : Judgements.Load(judgementsPath);
    floors = floorsPath is null ? Floors.None : Floors.Load(floorsPath);
    var measurement = new Measurement(seed);
    var (injections, clean) = measurement.Run(articles);
    var recordFindingsOnTrain = new List<Finding>();
    foreach (var split in injectionOnly)
    {
        var run = measurement.Run(Corpus.Load(split, out _));
        injections = [.. injections, .. run.Injections];
        recordFindingsOnTrain.AddRange(run.Clean.Where(f => f.Diagnostic.Id == BenchmarkResult.RecordRule));
    }
    var (web, pages) = webNews is null ? ([], 0) : WebNews.Check(webNews);
    result = new BenchmarkResult(articles.Count, pages, injections, clean, web, judgements) { RecordFindingsOnTrain = recordFindingsOnTrain };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return BadInput;
}

var report = new ReportWriter(Console.Out);
report.Write(corpus, webNews, result);
var failed = false;
if (pagesRoot is not null)
{
    var scores = result.Scores;
    var pages = RulePages.Check(pagesRoot, scores, writePages);
    report.WriteProblems("Rule pages state the measured numbers", pages);
    var severities = RulePages.CheckSeverities(scores);
    report.WriteProblems("Severities follow measured precision (error at 95%, warning at 80%)", severities);
    failed |= pages.Count > 0 || severities.Count > 0;
}
if (floorsPath is not null)
{
    IReadOnlyList<string> failures;
    try
    {
        failures = floors.Check(result.Metrics);
    }
    catch (InvalidDataException e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return BadInput;
    }
    report.WriteProblems("Floors", failures);
    failed |= failures.Count > 0;
}
return failed ? OutsideFloors : 0;
