using System.Diagnostics;

namespace Attribution.Benchmarks;

/// <summary>
/// A quick profile without BenchmarkDotNet's many runs: each stage once to warm up, then timed over the corpus,
/// with the bytes it allocated. Good for finding the stage to work on; BenchmarkDotNet gives the numbers to quote.
/// </summary>
internal static class StageTimer
{
    public static void Run(string root, IReadOnlyList<string> only, int repeats, bool byType, TextWriter output)
    {
        var files = Corpus.Files(root);
        var stages = new PipelineStages(files);
        var megabytes = stages.Bytes / 1_000_000.0;
        output.WriteLine($"{stages.FileCount} files, {megabytes:F2} MB; best of {repeats}");
        // CPU time too: on a shared machine the wall clock also counts the time other processes had the core.
        output.WriteLine($"{"stage",-18} {"ms",9} {"MB/s",9} {"cpu ms",9} {"alloc MB",9}");
        using var sampler = byType ? new AllocationSampler() : null;
        foreach (var stage in only.Count > 0 ? only : PipelineStages.Names)
        {
            stages.Run(stage);
            sampler?.Reset();
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var allocated = 0L;
            for (var r = 0; r < repeats; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                stages.Run(stage);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            output.WriteLine($"{stage,-18} {best,9:F1} {megabytes / (best / 1000),9:F1} {bestCpu,9:F0} {allocated / 1_000_000.0,9:F1}");
            foreach (var (type, bytes) in sampler?.Top(12) ?? [])
            {
                output.WriteLine($"    {bytes / 1_000_000.0 / repeats,9:F1} MB  {type}");
            }
        }
    }
}
