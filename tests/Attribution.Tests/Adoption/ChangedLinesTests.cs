using System.Diagnostics;
using Attribution.Adoption;

namespace Attribution.Tests.Adoption;

/// <summary>--changed-since in a real temporary git repository, and the output of git diff --name-only as paths.</summary>
public class ChangedLinesTests
{
    private const string Article = "Talks\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow.\n\nThe council met.\n";


    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }

    private static TempDirectory Repository()
    {
        var directory = new TempDirectory();
        Git(directory.Path, "init", "-q");
        directory.Write("posts/old.txt", Article);
        directory.Write("posts/gone.txt", Article);
        directory.Write("posts/logo.png", "\u0089PNG");
        Git(directory.Path, "add", ".");
        Git(directory.Path, "commit", "-q", "-m", "start");
        Git(directory.Path, "checkout", "-q", "-b", "edit");
        return directory;
    }

    [Fact]
    public void Only_findings_on_lines_changed_since_the_merge_base_are_reported()
    {
        using var directory = Repository();
        // Committed on the branch: a new misspelling at the end. Not committed: one more in a new file.
        File.AppendAllText(directory["posts/old.txt"], "\nLater Genral Tariq Majid arrived.\n");
        Git(directory.Path, "commit", "-q", "-am", "edit");
        directory.Write("posts/new.txt", Article);
        var (_, all, _) = CliRunner.RunIn(directory.Path, "check", "posts");
        Assert.Contains("posts/old.txt(3,1)", all);

        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "posts", "--changed-since", "main");
        Assert.Equal(1, code);
        var findings = output.Split('\n').Where(l => l.Contains("ATTR", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(["posts/new.txt(3,1)", "posts/old.txt(7,7)"], findings);
    }

    [Fact]
    public void A_bad_ref_is_an_input_error()
    {
        using var directory = Repository();
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", "posts", "--changed-since", "no-such-branch");
        Assert.Equal(2, code);
        Assert.StartsWith("attrib: --changed-since: git merge-base failed", error);
    }

    [Fact]
    public void The_paths_git_diff_names_are_checked_and_deleted_and_other_files_skipped_and_counted()
    {
        using var directory = Repository();
        File.Delete(directory["posts/gone.txt"]);
        File.WriteAllText(directory["posts/logo.png"], "\u0089PNG2");
        File.AppendAllText(directory["posts/old.txt"], "\nMore.\n");
        directory.Write("attrib.yaml", "x: 1\n");
        Git(directory.Path, "add", "-A");
        var paths = Git(directory.Path, "diff", "--cached", "--name-only").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, paths.Length);
        var (code, output, _) = CliRunner.RunIn(directory.Path, ["check", .. paths]);
        Assert.Equal(1, code);
        Assert.Contains("posts/gone.txt: skipped: no such file", output);
        Assert.Contains("posts/logo.png: skipped: not an article (.png)", output);
        Assert.Contains("attrib.yaml: skipped: not an article (.yaml)", output);
        Assert.Contains("1 file checked, 0 errors, 1 warning, 0 info, 3 files skipped", output);
    }

    [Fact]
    public void Hunks_give_the_new_lines_and_a_deletion_gives_none()
    {
        const string diff = "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n@@ -1,0 +2,3 @@\n+a\n@@ -9 +12 @@\n-b\n+c\n@@ -20,2 +22,0 @@\n-d\n";
        Assert.Equal([(2, 4), (12, 12)], ChangedLines.ParseDiff(diff)["x.md"]);
    }
}
