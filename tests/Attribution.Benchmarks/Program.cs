using Attribution.Benchmarks;
using BenchmarkDotNet.Running;

// attribution-benchmarks --corpus PATH [BenchmarkDotNet options]   the stage benchmarks
// attribution-benchmarks floor FOLDER…   read and scan for quotation marks only: the floor of a whole run
// attribution-benchmarks stages --corpus PATH [--repeat N] [--by-type] [stage…]   a quick Stopwatch profile of the stages
// attribution-benchmarks collector --corpus PATH [--repeat N] [workers…]   the whole check with the garbage collector's counts
// attribution-benchmarks collector --each --corpus PATH [workers…]   one pass on each, every collection on a line with its reasons
var arguments = args.ToList();
var corpusAt = arguments.IndexOf("--corpus");
if (corpusAt >= 0 && corpusAt + 1 < arguments.Count)
{
    // The benchmarks run in child processes, which inherit the environment but not the arguments.
    Environment.SetEnvironmentVariable(Corpus.Variable, Path.GetFullPath(arguments[corpusAt + 1]));
    arguments.RemoveRange(corpusAt, 2);
}
if (arguments.Count > 0 && arguments[0] == "floor")
{
    FloorScan.Run(arguments.Skip(1).ToList(), 3, Console.Out);
    return 0;
}
if (arguments.Count > 0 && arguments[0] == "stages")
{
    var repeats = TakeRepeats(arguments);
    var byType = arguments.Remove("--by-type");
    StageTimer.Run(Corpus.Root, arguments.Skip(1).ToList(), repeats, byType, Console.Out);
    return 0;
}
if (arguments.Count > 0 && arguments[0] == "collector")
{
    // collector [--corpus PATH] [--repeat N] [--each] [WORKERS…]: the whole check on each number of workers (default 1 2), with the collector's counts.
    var repeats = TakeRepeats(arguments);
    var each = arguments.Remove("--each");
    var workers = arguments.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    if (each)
    {
        CollectorProfile.RunEach(Corpus.Root, workers.Count > 0 ? workers : [1, 2], Console.Out);
        return 0;
    }
    CollectorProfile.Run(Corpus.Root, workers.Count > 0 ? workers : [1, 2], repeats, Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run([.. arguments]);
return 0;

// --repeat N, taken out of the arguments (default 3).
static int TakeRepeats(List<string> arguments)
{
    var repeatAt = arguments.IndexOf("--repeat");
    if (repeatAt < 0 || repeatAt + 1 >= arguments.Count)
    {
        return 3;
    }
    var repeats = int.Parse(arguments[repeatAt + 1], System.Globalization.CultureInfo.InvariantCulture);
    arguments.RemoveRange(repeatAt, 2);
    return repeats;
}
