using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>One BenchmarkDotNet case per pipeline stage, each over every article of the corpus, with allocations.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class StageBenchmarks
{
    private PipelineStages _stages = null!;

    [ParamsSource(nameof(Stages))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> Stages => PipelineStages.Names;

    [GlobalSetup]
    public void Setup() => _stages = new PipelineStages(Corpus.Files());

    [Benchmark]
    public long Run() => _stages.Run(Stage);
}
