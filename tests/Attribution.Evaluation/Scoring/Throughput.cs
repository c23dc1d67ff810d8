using System.Diagnostics;
using System.Text;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Extraction speed: megabytes (10^6 bytes of UTF-8) of article text per second of extraction, over
/// <see cref="Passes"/> timed passes through every article.
/// </summary>
public sealed record Throughput(int Articles, long Characters, long Utf8Bytes, int Passes, TimeSpan Elapsed)
{
    /// <summary>Timed passes are repeated until this much time has gone by, so that a fast extractor is measured over more than a few milliseconds.</summary>
    public static readonly TimeSpan MinimumTiming = TimeSpan.FromSeconds(1);

    public double MegabytesPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Utf8Bytes * (double)Passes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>
    /// Times the extractor on one thread. Call it after a warm-up pass (JIT, caches) over the same articles;
    /// it runs whole passes until <paramref name="minimum"/> has gone by.
    /// </summary>
    public static Throughput Measure(IAttributionExtractor extractor, IReadOnlyList<Article> articles, TimeSpan minimum)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(articles);
        var passes = 0;
        var found = 0L;
        var stopwatch = Stopwatch.StartNew();
        do
        {
            foreach (var article in articles)
            {
                found += extractor.Extract(article.TextPath, article.Text).Count;
            }
            passes++;
        }
        while (stopwatch.Elapsed < minimum);
        stopwatch.Stop();
        GC.KeepAlive(found);
        return new Throughput(
            articles.Count,
            articles.Sum(a => (long)a.Text.Length),
            articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)),
            passes,
            stopwatch.Elapsed);
    }
}
