using System.Diagnostics;
using System.Text;
using Attribution.Analyzers;
using Attribution.Analyzers.Rules.Names;
using Attribution.Cli;
using Attribution.Fixes;
using Attribution.Reporting;
using Attribution.Text;

namespace Attribution.Tests.Reporting;

/// <summary>The diff report, applied for real with git apply and patch in a temporary git repository.</summary>
public class DiffReporterTests
{
    private const string Article = "The council met on Monday.\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow. The Russian Russian president Dmitry Medvedev spoke.\n";

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private static string Diff(string directory, params string[] paths)
    {
        var output = new StringWriter();
        CliApplication.Run(["check", .. paths, "--format", "diff"], output, new StringWriter(), directory);
        return output.ToString();
    }

    private static (int Code, string Output) Tool(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    /// <summary>Checks the patch with git apply --check and patch -p1 --dry-run, then applies it with git apply.</summary>
    private static void Apply(TempDirectory repository, string diff)
    {
        Assert.Equal(0, Tool(repository.Path, "git", "init", "-q").Code);
        var patch = Path.Combine(Path.GetTempPath(), $"attrib-{Guid.NewGuid():N}.diff");
        File.WriteAllText(patch, diff, Utf8NoBom);
        try
        {
            var git = Tool(repository.Path, "git", "apply", "--check", "-v", patch);
            Assert.True(git.Code == 0, git.Output + "\n" + diff);
            var gnu = Tool(repository.Path, "patch", "-p1", "--dry-run", "-i", patch);
            Assert.True(gnu.Code == 0, gnu.Output + "\n" + diff);
            Assert.Equal(0, Tool(repository.Path, "git", "apply", patch).Code);
        }
        finally
        {
            File.Delete(patch);
        }
    }

    [Fact]
    public void The_samples_diff_applies_and_the_fixed_findings_are_gone()
    {
        using var repository = new TempDirectory();
        foreach (var sample in Samples.SampleReportSnapshotTests.SamplePaths())
        {
            repository.WriteBytes(sample, File.ReadAllBytes(Path.Combine(RuleTester.RepositoryRoot, sample)));
        }
        var before = Check(repository.Path, "samples");
        var diff = Diff(repository.Path, "samples");
        Assert.Contains("\n@@ ", diff);
        Apply(repository, diff);
        var after = Check(repository.Path, "samples");
        Assert.Contains("'Genral'", before);
        Assert.DoesNotContain("'Genral'", after);
        Assert.DoesNotContain("'Russian' appears twice", after);
        // Suggestions are not applied: the repeated spokesman, far from the first, is still there.
        Assert.Contains("'spokesman' appears twice", after);
        Assert.Equal("", Diff(repository.Path, "samples").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(l => l.StartsWith("@@", StringComparison.Ordinal)) ?? "");
    }

    private static string Check(string directory, string path)
    {
        var output = new StringWriter();
        CliApplication.Run(["check", path, "--fail-on", "info"], output, new StringWriter(), directory);
        return output.ToString();
    }

    [Fact]
    public void Crlf_line_endings_are_kept()
    {
        using var repository = new TempDirectory();
        repository.Write("post.txt", Article.Replace("\n", "\r\n"));
        Apply(repository, Diff(repository.Path, "post.txt"));
        Assert.Equal(
            "The council met on Monday.\r\n\r\nGeneral Ashfaq Parvez Kayani met the delegation in Moscow. The Russian president Dmitry Medvedev spoke.\r\n",
            File.ReadAllText(repository["post.txt"]));
    }

    [Fact]
    public void A_path_with_a_space_applies_with_both_tools()
    {
        using var repository = new TempDirectory();
        repository.Write("news/harbour vote.txt", Article);
        Apply(repository, Diff(repository.Path, "news/harbour vote.txt"));
        Assert.StartsWith("The council met on Monday.\n\nGeneral Ashfaq", File.ReadAllText(repository["news/harbour vote.txt"]));
    }

    [Fact]
    public void A_file_without_a_final_newline_stays_without_one()
    {
        using var repository = new TempDirectory();
        repository.Write("post.txt", Article.TrimEnd('\n'));
        var diff = Diff(repository.Path, "post.txt");
        Assert.Equal(2, diff.Split('\n').Count(l => l == "\\ No newline at end of file"));
        Apply(repository, diff);
        Assert.EndsWith("Dmitry Medvedev spoke.", File.ReadAllText(repository["post.txt"]));
    }

    [Fact]
    public void A_byte_order_mark_is_kept_when_the_first_line_changes()
    {
        using var repository = new TempDirectory();
        var text = "Genral Ashfaq Parvez Kayani met the delegation in Moscow.\n";
        repository.WriteBytes("post.txt", [.. Encoding.UTF8.GetPreamble(), .. Utf8NoBom.GetBytes(text)]);
        Apply(repository, Diff(repository.Path, "post.txt"));
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Utf8NoBom.GetBytes(text.Replace("Genral", "General"))], File.ReadAllBytes(repository["post.txt"]));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_gets_a_note_and_no_hunk()
    {
        using var repository = new TempDirectory();
        repository.WriteBytes("post.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Genral Ashfaq Parvez Kayani met the delegation.\n")]);
        var diff = Diff(repository.Path, "post.txt");
        Assert.DoesNotContain("\n@@", diff);
        Assert.Contains("# post.txt(1,1): ATTR004: fix not shown: the file is utf-16le", diff);
    }

    [Fact]
    public void Of_two_overlapping_fixes_one_is_applied_and_the_other_noted()
    {
        const string text = "Genral Kayani met them.\n";
        Diagnostic Misspelt(TextSpan span, string newText) =>
            new(ATTR004MisspeltTitle.Rule, span, [], new Fix($"Write '{newText}'", [new TextEdit(span, newText)]), ["Genral", newText]);
        var report = new CheckReport(
            [new FileReport("post.txt", new SourceText(text), [Misspelt(new TextSpan(0, 6), "General"), Misspelt(new TextSpan(0, 13), "General Kayani")])],
            [], []);
        var output = new StringWriter();
        DiffReporter.Write(report, output);
        var diff = output.ToString();
        Assert.Contains("+General Kayani met them.\n", diff);
        Assert.Contains("# post.txt(1,1): ATTR004: fix not applied: it overlaps another fix: Write 'General Kayani'", diff);
        using var repository = new TempDirectory();
        repository.Write("post.txt", text);
        Apply(repository, diff);
        Assert.Equal("General Kayani met them.\n", File.ReadAllText(repository["post.txt"]));
    }

    [Fact]
    public void The_patch_applies_the_fixes_that_fix_applies_whatever_order_the_findings_come_in()
    {
        // The second finding's fix starts first in the text: --fix takes it, and the first finding's fix overlaps it.
        const string text = "The Russian Russian president spoke.\n";
        Diagnostic Finding(TextSpan span, TextSpan edit, string newText) =>
            new(ATTR004MisspeltTitle.Rule, span, [], new Fix($"Write '{newText}'", [new TextEdit(edit, newText)]), ["x", newText]);
        var findings = new[]
        {
            Finding(new TextSpan(4, 11), new TextSpan(8, 20), "ian "),
            Finding(new TextSpan(12, 19), new TextSpan(4, 12), ""),
        };
        var report = new CheckReport([new FileReport("post.txt", new SourceText(text), findings)], [], []);
        var output = new StringWriter();
        DiffReporter.Write(report, output);
        var diff = output.ToString();
        Assert.Contains("# post.txt(1,5): ATTR004: fix not applied: it overlaps another fix: Write 'ian '", diff);
        using var repository = new TempDirectory();
        repository.Write("post.txt", text);
        Apply(repository, diff);
        Assert.Equal(FixApplier.Apply(text, findings).Text, File.ReadAllText(repository["post.txt"]));
        Assert.Equal("The Russian president spoke.\n", File.ReadAllText(repository["post.txt"]));
    }

    [Fact]
    public void Suggestions_are_comments_never_hunks()
    {
        const string text = "Noting the talks, Mayor Anna Berg said: The time has come to address the deficit together.\n";
        using var repository = new TempDirectory();
        repository.Write("post.txt", text);
        var diff = Diff(repository.Path, "post.txt");
        Assert.DoesNotContain("diff --git", diff);
        Assert.Contains("# post.txt(1,41): ATTR012: suggestion: Put the words in quotation marks", diff);
        Assert.All(diff.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("# ", line));
    }

    [Fact]
    public void Distant_fixes_get_their_own_hunks_and_near_ones_share_one()
    {
        var filler = string.Concat(Enumerable.Range(1, 20).Select(i => $"Line {i} of the minutes.\n\n"));
        var text = "Genral Ashfaq Parvez Kayani met them.\n\n" + filler + "Genral Ashfaq Parvez Kayani left.\n\nGenral Ashfaq Parvez Kayani came back.\n";
        using var repository = new TempDirectory();
        repository.Write("post.txt", text);
        var diff = Diff(repository.Path, "post.txt");
        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@ ", StringComparison.Ordinal)));
        Apply(repository, diff);
        Assert.Equal(text.Replace("Genral", "General"), File.ReadAllText(repository["post.txt"]));
    }
}
