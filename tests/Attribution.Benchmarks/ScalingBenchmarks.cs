using Attribution.Documents;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Whole checks of articles built to grow what a rule compares in pairs, at one and four times the size: each time
/// should grow four times, not sixteen. Needs no corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ScalingBenchmarks
{
    private readonly Checker _checker = new();
    private Document _transcript = null!;
    private Document _links = null!;
    private Document _marked = null!;
    private Document _anonymous = null!;
    private Document _titles = null!;

    [Params(1, 4)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var loader = new ArticleLoader();
        // A transcript's refrain: one speaker's quotation, 3,000 times (ATTR009, ATTR010).
        _transcript = loader.Parse(
            string.Concat(Enumerable.Repeat("“We will not raise taxes this year,” said Mayor Anna Berg.\n\n", 3_000 * Size)), "transcript.txt");
        // Outlet credits, each with a link on it and a written URL after it (ATTR015).
        _links = loader.Parse(
            string.Concat(Enumerable.Range(0, 2_000 * Size).Select(i =>
                $"The council met, [according to Reuters](https://www.cnn.com/a{i}). The mayor spoke, Reuters reported (https://apnews.com/x{i}).\n\n")),
            "links.md");
        // A page of quotations the markup marks: an inline quotation and a block quotation in each of 2,000 paragraphs.
        _marked = loader.Parse(
            "<html><body><article>" + string.Concat(Enumerable.Range(0, 2_000 * Size).Select(i =>
                $"<p>Councillor Marta Quist warned that <q>the parking budget cannot carry ferry {i}</q>.</p><blockquote><p>Nobody waits {i}.</p></blockquote>\n"))
            + "</article></body></html>",
            "marked.html");
        // Quotations and claims credited to unnamed sources, 3,000 paragraphs of them (ATTR006).
        _anonymous = loader.Parse(
            string.Concat(Enumerable.Range(0, 3_000 * Size).Select(i =>
                $"“Item {i} is settled,” said an official who spoke on condition of anonymity. The deal, according to people familiar with it, holds.\n\n")),
            "anonymous.txt");
        // Federal titles given to 3,000 people, each named twice (ATTR014 asks the public records about each person).
        _titles = loader.Parse(
            string.Concat(Enumerable.Range(0, 3_000 * Size).Select(i =>
                $"President Anna Berg{Letters(i)} met Prime Minister Anna Berg{Letters(i)} in 2016.\n\n")),
            "titles.txt");
    }

    /// <summary>A distinct run of letters for each number, so that each person has a name of their own.</summary>
    private static string Letters(int number)
    {
        var letters = "";
        do
        {
            letters += (char)('a' + number % 26);
            number /= 26;
        }
        while (number > 0);
        return letters;
    }

    [Benchmark]
    public int RepeatedQuotation() => _checker.Check(_transcript).Diagnostics.Count;

    [Benchmark]
    public int CreditsWithLinks() => _checker.Check(_links).Diagnostics.Count;

    [Benchmark]
    public int MarkedQuotations() => _checker.Check(_marked).Diagnostics.Count;

    [Benchmark]
    public int AnonymousSources() => _checker.Check(_anonymous).Diagnostics.Count;

    [Benchmark]
    public int FederalTitles() => _checker.Check(_titles).Diagnostics.Count;
}
