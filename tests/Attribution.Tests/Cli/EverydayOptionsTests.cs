namespace Attribution.Tests.Cli;

/// <summary>The options used every day: what is shown, what fails, what is read.</summary>
public class EverydayOptionsTests
{
    private const string TwoWarningsOneInfo = "Talks\n\nGenral Ashfaq Parvez Kayani met the delegation.\n\nGenral Tariq Majid met them too.\n\nThe Russian Russian president Dmitry Medvedev spoke.\n";


    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.RunIn(RuleTester.RepositoryRoot, args);

    private static List<string> Findings(string output) => [.. output.Split('\n').Where(l => l.Contains(" ATTR", StringComparison.Ordinal) && !l.StartsWith(' '))];

    [Fact]
    public void Quiet_shows_errors_only_and_fails_only_on_errors()
    {
        using var directory = new TempDirectory();
        // No rule is an error by default; a configuration raises one.
        directory.Write("seed/attribution.yaml", "rules:\n  ATTR001: error\n");
        directory.Write("seed/seed-article.txt", File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples/seed-article.txt")));
        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "seed/seed-article.txt", "--quiet");
        Assert.Equal(1, code);
        Assert.All(Findings(output), l => Assert.Contains(": error ATTR", l));
        Assert.Single(Findings(output));
        directory.Write("a.txt", TwoWarningsOneInfo);
        var quiet = CliRunner.RunIn(directory.Path, "check", "a.txt", "-q");
        Assert.Equal(0, quiet.Code);
        Assert.Empty(Findings(quiet.Output));
        Assert.Equal(1, CliRunner.RunIn(directory.Path, "check", "a.txt", "-q", "--fail-on", "warning").Code);
    }

    [Fact]
    public void Min_severity_decides_what_is_shown_and_fail_on_what_fails()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", TwoWarningsOneInfo);
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "a.txt", "--min-severity", "error", "--fail-on", "info");
        Assert.Equal(1, code);
        Assert.Empty(Findings(output));
        Assert.Contains("attrib: 3 findings are below the shown severity and not listed", error);
        var warnings = CliRunner.RunIn(directory.Path, "check", "a.txt", "--min-severity", "warning", "--fail-on", "error");
        Assert.Equal(0, warnings.Code);
        Assert.Equal(2, Findings(warnings.Output).Count);
    }

    [Fact]
    public void Max_warnings_fails_a_run_with_more_warnings_than_allowed()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", TwoWarningsOneInfo);
        Assert.Equal(1, CliRunner.RunIn(directory.Path, "check", "a.txt", "--fail-on", "error", "--max-warnings", "1").Code);
        Assert.Equal(0, CliRunner.RunIn(directory.Path, "check", "a.txt", "--fail-on", "error", "--max-warnings", "2").Code);
    }

    [Fact]
    public void Disable_takes_comma_lists_and_repeats()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", TwoWarningsOneInfo);
        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "a.txt", "--disable", "ATTR004", "--disable", "attr013,ATTR006", "--fail-on", "info");
        Assert.Equal(0, code);
        Assert.Empty(Findings(output));
    }

    [Fact]
    public void A_named_file_over_the_size_limit_gets_a_notice_and_the_limit_is_an_option()
    {
        using var directory = new TempDirectory();
        directory.Write("big.txt", TwoWarningsOneInfo + new string('x', 2000) + "\n");
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "big.txt", "--max-file-size", "1KiB");
        Assert.Equal(0, code);
        Assert.Contains("big.txt: skipped: ", output);
        Assert.Contains("larger than the 1 KiB limit for one file", output);
        Assert.Matches(@"attrib: notice: big\.txt was not checked: \d\.\d KiB, larger than the 1 KiB limit for one file \(raise --max-file-size to check it\)", error);
        Assert.Equal(1, CliRunner.RunIn(directory.Path, "check", "big.txt", "--max-file-size", "4096").Code);
        var bad = CliRunner.RunIn(directory.Path, "check", "big.txt", "--max-file-size", "lots");
        Assert.Equal(2, bad.Code);
        Assert.Contains("--max-file-size: invalid size 'lots'", bad.Error);
    }

    [Fact]
    public void Node_modules_and_hidden_directories_are_skipped_unless_named()
    {
        using var directory = new TempDirectory();
        directory.Write("site/node_modules/pkg/readme.md", TwoWarningsOneInfo);
        directory.Write("site/.cache/page.txt", TwoWarningsOneInfo);
        directory.Write("site/post.txt", "The council met.\n");
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", "site");
        Assert.Contains("1 file checked", output);
        Assert.Contains("site/.cache/page.txt", CliRunner.RunIn(directory.Path, "check", "site/.cache").Output);
    }

    [Fact]
    public void Stdin_with_paths_and_a_stdin_filename_without_stdin_are_usage_errors()
    {
        var withPaths = CliRunner.RunWithInput(RuleTester.RepositoryRoot, "Text.", "check", "--stdin", "samples/clean-article.txt");
        Assert.Equal(2, withPaths.Code);
        Assert.Equal("attrib: --stdin reads one article from standard input: give no paths with it" + Environment.NewLine, withPaths.Error);
        var nameOnly = Run("check", "--stdin-filename", "post.md", "samples/clean-article.txt");
        Assert.Equal(2, nameOnly.Code);
        Assert.Contains("--stdin-filename names the article read from standard input: use it with --stdin", nameOnly.Error);
    }

    [Fact]
    public void An_unknown_command_prints_one_clear_message()
    {
        var (code, output, error) = Run("chek", "samples");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("attrib: unknown command 'chek' (the commands are check, quotes, explain, init; see 'attrib --help')" + Environment.NewLine, error);
    }
}
