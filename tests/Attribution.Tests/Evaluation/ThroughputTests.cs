using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Evaluation.Scoring;

namespace Attribution.Tests.Evaluation;

public class ThroughputTests
{
    [Fact]
    public void Runs_at_least_one_pass_and_counts_utf8_bytes()
    {
        var extractor = new CountingExtractor();
        var articles = new[]
        {
            new Article("a", "a.txt", "caf\u00e9", "a_x.ann", []),
            new Article("b", "b.txt", "ok", "b_x.ann", []),
        };

        var throughput = Throughput.Measure(extractor, articles, TimeSpan.Zero);

        Assert.Equal(1, throughput.Passes);
        Assert.Equal(2, extractor.Calls);
        Assert.Equal(6, throughput.Characters);
        Assert.Equal(7, throughput.Utf8Bytes);
        Assert.True(throughput.MegabytesPerSecond > 0);
    }

    [Fact]
    public void Megabytes_per_second_scale_with_the_passes()
    {
        var throughput = new Throughput(1, 500_000, 500_000, 4, TimeSpan.FromSeconds(2));

        Assert.Equal(1.0, throughput.MegabytesPerSecond, 9);
    }

    private sealed class CountingExtractor : IAttributionExtractor
    {
        public int Calls { get; private set; }

        public IReadOnlyList<PredictedAttribution> Extract(string path, string text)
        {
            Calls++;
            return [];
        }
    }
}
