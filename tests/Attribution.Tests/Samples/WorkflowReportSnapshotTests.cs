using Snapshooter.Xunit;

namespace Attribution.Tests.Samples;

/// <summary>
/// The seed article's report as a configuration, an inline suppression and a baseline change it, each compared
/// with its reviewed snapshot and with the report without them.
/// </summary>
public class WorkflowReportSnapshotTests
{
    private static readonly string SeedArticle = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt"));

    [Fact]
    public void A_configuration_changes_the_report()
    {
        using var directory = new TempDirectory();
        directory.Write("seed-article.txt", SeedArticle);
        var plain = Check(directory, "seed-article.txt");
        directory.Write("attribution.yaml", "rules:\n  ATTR013: off\n  ATTR006: warning\n");
        var configured = Check(directory, "seed-article.txt");
        Assert.NotEqual(plain, configured);
        Snapshot.Match(configured);
    }

    [Fact]
    public void An_inline_suppression_changes_the_report()
    {
        using var directory = new TempDirectory();
        directory.Write("seed-article.txt", SeedArticle);
        var plain = Check(directory, "seed-article.txt");
        // Above the paragraph with the doubled 'Russian', and a stale one the report names.
        var lines = SeedArticle.Split('\n').ToList();
        lines.Insert(14, "[attrib-disable-next-line ATTR013]");
        lines.Insert(0, "[attrib-disable-next-line ATTR008]");
        directory.Write("seed-article.txt", string.Join('\n', lines));
        var suppressed = Check(directory, "seed-article.txt", "--report-unused-disables");
        Assert.NotEqual(plain, suppressed);
        Snapshot.Match(suppressed);
    }

    [Fact]
    public void A_baseline_changes_the_report()
    {
        using var directory = new TempDirectory();
        directory.Write("seed-article.txt", SeedArticle);
        var plain = Check(directory, "seed-article.txt");
        Check(directory, "seed-article.txt", "--write-baseline", "attrib-baseline.json");
        // Since the baseline: a paragraph added at the top, with a new misspelt title; every old finding moved down.
        directory.Write("seed-article.txt", "Genral Tariq Majid arrived in Moscow on Monday for the talks.\n\n" + SeedArticle);
        var baselined = Check(directory, "seed-article.txt", "--baseline", "attrib-baseline.json");
        Assert.NotEqual(plain, baselined);
        Snapshot.Match(baselined);
    }

    [Fact]
    public void Every_workflow_snapshot_is_committed()
    {
        // A missing snapshot would be written on the spot and pass: each one must already be in the repository.
        var folder = Path.Combine(RuleTester.RepositoryRoot, "tests", "Attribution.Tests", "Samples", "__snapshots__");
        foreach (var test in new[] { nameof(A_configuration_changes_the_report), nameof(An_inline_suppression_changes_the_report), nameof(A_baseline_changes_the_report) })
        {
            Assert.True(File.Exists(Path.Combine(folder, $"{nameof(WorkflowReportSnapshotTests)}.{test}.snap")), $"no committed snapshot for {test}");
        }
    }

    private static string Check(TempDirectory directory, params string[] args) => CliRunner.RunIn(directory.Path, ["check", "--fail-on", "info", .. args]).Output;
}
