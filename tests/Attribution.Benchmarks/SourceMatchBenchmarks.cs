using Attribution.Sources;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Finding a quotation in a cited source: an altered sentence in the middle of two million words of common ones,
/// which the matcher must skip as anchors rather than score window by window. Needs no corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class SourceMatchBenchmarks
{
    private SourceWords _source = null!;
    private SourceWords _quotation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var filler = string.Concat(Enumerable.Repeat("the council said that the ferry and the budget were on the agenda again ", 150_000));
        _source = SourceWords.Of(filler + "Councillor Quist said the parking budget cannot carry a second ferry for long. " + filler);
        _quotation = SourceWords.Of("the parking budget cannot carry a night ferry for long");
    }

    [Benchmark]
    public int NearMatchAmongCommonWords() => QuotationMatcher.Find(_quotation, _source).Score;
}
