using Attribution.Consistency;

// Exit codes: 0 measured (and every floor met), 1 a metric outside its floor, 2 bad arguments, corpus path or floors file.
const int OutsideFloors = 1;
const int BadInput = 2;
const string Usage = "usage: Attribution.Consistency <corpus-split-directory> [--floors floors.json] [--seed N]";

string? corpus = null;
string? floorsPath = null;
var seed = Seeds.Default;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--floors" when i + 1 < args.Length:
            floorsPath = args[++i];
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

IReadOnlyList<Article> articles;
string? metadataPath;
Floors floors;
try
{
    articles = Corpus.Load(corpus, out metadataPath);
    floors = floorsPath is null ? Floors.None : Floors.Load(floorsPath);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return BadInput;
}

var result = new Measurement(seed).Run(articles);
var report = new ReportWriter(Console.Out);
report.Write(corpus, metadataPath, result);
if (floorsPath is null)
{
    return 0;
}
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
report.WriteFloors(failures);
return failures.Count > 0 ? OutsideFloors : 0;
