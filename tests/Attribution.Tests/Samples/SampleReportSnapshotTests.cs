using Attribution.Cli;
using Snapshooter;
using Snapshooter.Xunit;

namespace Attribution.Tests.Samples;

/// <summary>The full report of every bundled sample, text and JSON, compared with its reviewed snapshot.</summary>
public class SampleReportSnapshotTests
{
    public static TheoryData<string> SampleFiles => [.. SamplePaths()];

    /// <summary>Every sample article, as a path relative to the repository root.</summary>
    public static IEnumerable<string> SamplePaths() =>
        Directory.EnumerateFiles(Path.Combine(RuleTester.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
            .Where(f => Attribution.Documents.DocumentReaders.Default.Supports(f))
            .Select(f => Path.GetRelativePath(RuleTester.RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(SourcePages, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Copies of the pages a sample article cites (ignored by samples/sources/.attribignore): sources, not articles.</summary>
    public const string SourcePages = "samples/sources/pages/";

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Check_report(string sample)
    {
        Snapshot.Match(Run("check", sample, "--fail-on", "info"), SnapshotNameExtension.Create(Name(sample), "text"));
        Snapshot.Match(Run("check", sample, "--format", "json"), SnapshotNameExtension.Create(Name(sample), "json"));
    }

    [Fact]
    public void Content_repository_report() =>
        Snapshot.Match(Run("check", "samples/content", "--fail-on", "info"));

    /// <summary>The machine formats on the whole samples folder: one snapshot each.</summary>
    public static TheoryData<string> MachineFormats => ["sarif", "github", "diff"];

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void Samples_report(string format) =>
        Snapshot.Match(Run("check", "samples", "--format", format), SnapshotNameExtension.Create(format));

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void Every_format_has_a_committed_snapshot(string format)
    {
        var folder = Path.Combine(RuleTester.RepositoryRoot, "tests", "Attribution.Tests", "Samples", "__snapshots__");
        Assert.True(File.Exists(Path.Combine(folder, $"{nameof(SampleReportSnapshotTests)}.Samples_report_{format}.snap")), $"no committed snapshot for {format}");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Quote_sheet(string sample) =>
        Snapshot.Match(Run("quotes", sample), SnapshotNameExtension.Create(Name(sample)));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_has_a_committed_snapshot(string sample)
    {
        // A missing snapshot would be written on the spot and pass: each one must already be in the repository.
        var folder = Path.Combine(RuleTester.RepositoryRoot, "tests", "Attribution.Tests", "Samples", "__snapshots__");
        foreach (var name in new[] { $"Check_report_{Name(sample)}_text", $"Check_report_{Name(sample)}_json", $"Quote_sheet_{Name(sample)}" })
        {
            Assert.True(File.Exists(Path.Combine(folder, $"{nameof(SampleReportSnapshotTests)}.{name}.snap")), $"no committed snapshot {name}");
        }
    }

    private static string Name(string sample) => sample.Replace('/', '_').Replace('.', '_');

    private static string Run(params string[] args)
    {
        var output = new StringWriter();
        CliApplication.Run(args, output, new StringWriter(), RuleTester.RepositoryRoot);
        return output.ToString();
    }
}
