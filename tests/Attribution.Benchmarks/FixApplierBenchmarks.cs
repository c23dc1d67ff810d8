using Attribution.Analyzers;
using Attribution.Fixes;
using Attribution.Text;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Applying the safe fixes of one file, at ten times the fixes over ten times the text: the time should grow ten
/// times, not a hundred. Two fixes per 38 characters, the density of a file where every sentence has a misspelt title
/// and a doubled word; 30,000 fixes is a file near the 2 MiB limit. Needs no corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class FixApplierBenchmarks
{
    private static readonly DiagnosticDescriptor Rule = new("ATTR900", "benchmark", "benchmark", "Wording", DiagnosticSeverity.Info, FixOffers.Fixes);

    private string _text = "";
    private List<Diagnostic> _findings = [];

    [Params(3_000, 30_000)]
    public int Fixes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sentences = Fixes / 2;
        _text = string.Concat(Enumerable.Repeat("Genral Kayani met the the delegation. ", sentences));
        _findings = [.. Enumerable.Range(0, sentences).SelectMany(i => new[] { Finding(i * 38, i * 38 + 6, "General"), Finding(i * 38 + 17, i * 38 + 21, "") })];
    }

    [Benchmark]
    public int Apply() => FixApplier.Apply(_text, _findings).Text.Length;

    private static Diagnostic Finding(int start, int end, string newText) =>
        new(Rule, new TextSpan(start, end), [], new Fix("fix", [new TextEdit(new TextSpan(start, end), newText)]), []);
}
