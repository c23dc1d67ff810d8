using Attribution.Documents;
using Attribution.Reporting;

namespace Attribution.Tests.Runs;

/// <summary>A run over many files: outcomes in input order whatever finishes first, and the streamed JSON report the same as the whole one.</summary>
public class CheckRunTests
{
    private static readonly string[] Articles =
    [
        "Genral Ashfaq Parvez Kayani met the delegation in Moscow.",
        "The council met on Monday. \"We will build it,\" said Mayor Jane Doe.",
        "\"Nobody knows,\" an official said.",
        "The council met on Monday.",
    ];

    private static IReadOnlyList<InputFile> WriteFiles(TempDirectory directory, int count)
    {
        var files = new List<InputFile>();
        for (var i = 0; i < count; i++)
        {
            var name = $"article-{i:D3}.txt";
            // Long and short files alternate, so later files often finish before earlier ones.
            var text = string.Join("\n\n", Enumerable.Repeat(Articles[i % Articles.Length], i % 2 == 0 ? 60 : 1));
            var path = i % 7 == 3 ? directory.WriteBytes(name, [0x89, 0x50, 0x00, 0x47, 0x00]) : directory.Write(name, text);
            files.Add(new InputFile(path, name));
        }
        files.Add(new InputFile(directory["missing.txt"], "missing.txt"));
        return files;
    }

    [Fact]
    public void Outcomes_come_in_input_order_with_every_file_accounted_for_once()
    {
        using var directory = new TempDirectory();
        var files = WriteFiles(directory, 40);
        var outcomes = new CheckRun { MaxParallelism = 4 }.CheckEach(files).ToList();
        Assert.Equal(files, outcomes.Select(o => o.File));
        Assert.All(outcomes, o => Assert.Equal(1, (o.Result is null ? 0 : 1) + (o.Error is null ? 0 : 1) + (o.Skipped is null ? 0 : 1)));
        Assert.Equal(files.Count(f => int.TryParse(f.DisplayPath.AsSpan(8, 3), out var i) && i % 7 == 3), outcomes.Count(o => o.Skipped is not null));
        Assert.Equal("missing.txt", Assert.Single(outcomes, o => o.Error is not null).Error!.Argument);
        Assert.All(outcomes.Where(o => o.Result is not null), o => Assert.Equal(o.File.DisplayPath, o.Result!.Document.Path));
    }

    [Fact]
    public void What_is_kept_of_each_outcome_is_taken_on_the_thread_that_checked_the_file_and_comes_in_input_order()
    {
        using var directory = new TempDirectory();
        var files = WriteFiles(directory, 40);
        var checker = new Checker();
        var checkedOn = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var run = new CheckRun(new ArticleLoader(), (file, document) =>
        {
            checkedOn[file.DisplayPath] = Environment.CurrentManagedThreadId;
            return checker.Check(document);
        })
        { MaxParallelism = 4 };
        var keptElsewhere = 0;
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();

        var kept = run.CheckEach(files, outcome =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            if (outcome.Result is not null && checkedOn[outcome.File.DisplayPath] != Environment.CurrentManagedThreadId)
            {
                Interlocked.Increment(ref keptElsewhere);
            }
            return (outcome.File, Findings: outcome.Result?.Diagnostics.Count);
        }).ToList();

        Assert.Equal(files, kept.Select(k => k.File));
        Assert.Equal(0, keptElsewhere);
        Assert.True(threads.Count > 1, "the files were checked on more than one thread");
        Assert.Equal(new CheckRun { MaxParallelism = 1 }.CheckEach(files).Select(o => o.Result?.Diagnostics.Count), kept.Select(k => k.Findings));
    }

    [Fact]
    public void A_long_file_list_leaves_the_first_generation_in_a_full_collection_before_the_first_file_is_checked()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("article.txt", Articles[3]);
        // Fresh strings, so that nothing of the list is old before the run starts.
        var files = Enumerable.Range(0, 300).Select(i => new InputFile(new string(path.AsSpan()), $"copy-{i}.txt")).ToList();
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);
        using var outcomes = new CheckRun { MaxParallelism = 1 }.CheckEach(files).GetEnumerator();
        Assert.True(outcomes.MoveNext());
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
        Assert.True(GC.GetGeneration(files[^1]) > 0);
        Assert.True(GC.GetGeneration(files[^1].DisplayPath) > 0);
    }

    [Fact]
    public void A_parallel_run_finds_what_a_run_on_one_core_finds()
    {
        using var directory = new TempDirectory();
        var files = WriteFiles(directory, 24);
        static string Findings(CheckRun run, IReadOnlyList<InputFile> files)
        {
            var writer = new StringWriter();
            var result = run.Check(files);
            TextReporter.Write(new CheckReport([.. result.Results.Select(r => FileReport.From(r.Document.Path, r))], result.Errors, result.Skipped), writer);
            return writer.ToString();
        }
        var parallel = Findings(new CheckRun { MaxParallelism = 4 }, files);
        Assert.Equal(Findings(new CheckRun { MaxParallelism = 1 }, files), parallel);
        Assert.Contains("ATTR004", parallel);
    }

    [Fact]
    public void The_json_report_written_file_by_file_is_byte_for_byte_the_whole_report()
    {
        using var directory = new TempDirectory();
        var files = WriteFiles(directory, 10);
        var result = new CheckRun().Check(files);
        var report = new CheckReport([.. result.Results.Select(r => FileReport.From(r.Document.Path, r))], result.Errors, result.Skipped);
        var whole = new MemoryStream();
        JsonReporter.Write(report, whole);

        var streamed = new StringWriter();
        using (var writer = new JsonReportWriter(streamed))
        {
            foreach (var file in report.Files)
            {
                writer.WriteFile(file);
            }
            writer.WriteEnd(report.Errors, report.Skipped);
            Assert.Equal(ReportTotals.Of(report), writer.Totals);
        }
        Assert.Equal(System.Text.Encoding.UTF8.GetString(whole.ToArray()), streamed.ToString());
        Assert.Contains("\"warnings\": 1", streamed.ToString());
    }
}
