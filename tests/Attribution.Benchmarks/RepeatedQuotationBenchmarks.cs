using Attribution.Documents;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// One article that repeats a quotation of one speaker, like a transcript of a refrain, at four times the repetitions:
/// the time should grow four times. Every rule runs; the rules that compare statements in pairs (ATTR009, ATTR010)
/// decide this. Needs no corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RepeatedQuotationBenchmarks
{
    private readonly Checker _checker = new();
    private Document _document = null!;

    [Params(3_000, 12_000)]
    public int Repetitions { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _document = new ArticleLoader().Parse(
            string.Concat(Enumerable.Repeat("“We will not raise taxes this year,” said Mayor Anna Berg.\n\n", Repetitions)), "transcript.txt");

    [Benchmark]
    public int Check() => _checker.Check(_document).Diagnostics.Count;
}
