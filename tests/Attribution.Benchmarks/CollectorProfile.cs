using System.Diagnostics;
using Attribution.Reporting;

namespace Attribution.Benchmarks;

/// <summary>
/// The whole check of a corpus in process, on 1 and on 2 workers, with what the garbage collector did: collections by
/// generation, the time every thread stood still for them, and the bytes allocated. On a shared machine wall times
/// follow the neighbours; the share of the run spent paused and the collections per megabyte do not, and they say
/// how much of a second worker the collector takes back. Run it under each collector setting to compare them
/// (DOTNET_gcServer, DOTNET_gcConcurrent, DOTNET_GCgen0size).
/// </summary>
internal static class CollectorProfile
{
    public static void Run(string root, IReadOnlyList<int> workerCounts, int repeats, TextWriter output)
    {
        TellLibraryTheBudget();
        var files = Corpus.Files(root);
        var megabytes = Corpus.Bytes(files) / 1_000_000.0;
        output.WriteLine($"{files.Count} files, {megabytes:F2} MB; server GC {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}; best of {repeats}");
        output.WriteLine($"{"workers",7} {"wall s",7} {"cpu s",7} {"MB/s",6} {"gen0",5} {"gen1",5} {"gen2",5} {"paused s",8} {"paused %",8} {"alloc MB",8}");
        Pass(files, 1);
        foreach (var workers in workerCounts)
        {
            var best = (Wall: double.MaxValue, Cpu: 0.0, Gen0: 0, Gen1: 0, Gen2: 0, Paused: 0.0, Allocated: 0L);
            for (var r = 0; r < repeats; r++)
            {
                var gen0 = GC.CollectionCount(0);
                var gen1 = GC.CollectionCount(1);
                var gen2 = GC.CollectionCount(2);
                var paused = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                Pass(files, workers);
                var wall = watch.Elapsed.TotalSeconds;
                if (wall < best.Wall)
                {
                    best = (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
                        GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
                        (GC.GetTotalPauseDuration() - paused).TotalSeconds, GC.GetTotalAllocatedBytes(precise: false) - allocated);
                }
            }
            output.WriteLine($"{workers,7} {best.Wall,7:F2} {best.Cpu,7:F2} {megabytes / best.Wall,6:F2} {best.Gen0,5} {best.Gen1,5} {best.Gen2,5} {best.Paused,8:F3} {100 * best.Paused / best.Wall,7:F1}% {best.Allocated / 1_000_000.0,8:F0}");
        }
    }

    /// <summary>
    /// One pass on each number of workers, the first of them the process's first, with every collection on a line of
    /// its own: at which file it came, its generation, pause and promoted bytes, and the collector's reasons.
    /// </summary>
    public static void RunEach(string root, IReadOnlyList<int> workerCounts, TextWriter output)
    {
        TellLibraryTheBudget();
        var files = Corpus.Files(root);
        using var log = new CollectionLog();
        foreach (var workers in workerCounts)
        {
            output.WriteLine($"{files.Count} files on {workers} worker(s):");
            log.Start();
            Pass(files, workers, log);
            log.Write(output);
            log.Clear();
        }
    }

    /// <summary>One run as attrib check makes it: outcomes in order, each written to a text report and let go.</summary>
    private static void Pass(IReadOnlyList<Documents.InputFile> files, int workers, CollectionLog? log = null)
    {
        var done = 0;
        foreach (var outcome in new CheckRun { MaxParallelism = workers }.CheckEach(files))
        {
            if (outcome.Result is { } result)
            {
                TextReporter.WriteFile(FileReport.From(result.Document.Path, result), TextWriter.Null);
            }
            log?.AfterFile(++done);
        }
    }

    /// <summary>
    /// With <c>DOTNET_GCgen0size</c> set, tells the library the same budget, as the published attrib's build does, so
    /// that a run lays out the first generation and collects it between files as attrib's does.
    /// </summary>
    private static void TellLibraryTheBudget()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { } hex
            && long.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var budget)
            && budget > 0)
        {
            AppContext.SetData(FirstGenerationMemory.BudgetSetting, budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
