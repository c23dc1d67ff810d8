using System.Text;
using Attribution.Cli;
using Attribution.Documents;
using Attribution.Fixes;

namespace Attribution.Tests.Fixes;

/// <summary><c>attrib check --fix</c> on real files: what it changes, what it keeps, and what it refuses to touch.</summary>
public class FixCommandTests
{
    private const string Markdown = """
        ---
        title: Talks in Moscow
        date: 2025-03-14
        ---

        Genral Ashfaq Parvez Kayani met the *delegation* in Moscow.

        The Russian Russian president Dmitry Medvedev met the delegation.

        “We thanked Genral Ashfaq Parvez Kayani,” the mayor said.

        """;

    private static (int Code, string Output) Run(string directory, params string[] args)
    {
        var (code, output, _) = CliRunner.RunIn(directory, args);
        return (code, output);
    }

    [Fact]
    public void Fix_then_check_shows_the_fixed_findings_gone_and_the_quotation_untouched()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("post.md", Markdown);
        var (_, before) = Run(directory.Path, "check", "post.md", "--fail-on", "info");
        Assert.Contains("post.md(6,1): warning ATTR004", before);
        Assert.Contains("post.md(8,13): info ATTR013", before);

        var (_, fixing) = Run(directory.Path, "check", "--fix", "post.md", "--fail-on", "info");
        Assert.Contains("post.md(6,1): fixed ATTR004: Write 'General'", fixing);
        Assert.Contains("post.md(8,13): fixed ATTR013: Remove the repeated 'Russian'", fixing);
        Assert.Contains("2 fixes applied in 1 file", fixing);

        var fixedText = File.ReadAllText(path);
        Assert.Equal(Markdown
            .Replace("Genral Ashfaq Parvez Kayani met the", "General Ashfaq Parvez Kayani met the")
            .Replace("Russian Russian", "Russian"), fixedText);
        Assert.Contains("“We thanked Genral Ashfaq Parvez Kayani,”", fixedText);

        var (_, after) = Run(directory.Path, "check", "post.md", "--fail-on", "info");
        Assert.DoesNotContain("ATTR013", after);
        var left = Assert.Single(after.Split('\n'), l => l.Contains("ATTR004", StringComparison.Ordinal));
        Assert.StartsWith("post.md(10,13):", left);
    }

    [Fact]
    public void Html_fixes_land_on_the_source_even_after_entities_and_keep_the_declared_encoding()
    {
        using var directory = new TempDirectory();
        const string page = "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article>"
            + "<p>Caf\u00e9 &amp; bar owners waited. Genral Ashfaq Parvez Kayani met the delegation in Moscow.</p>\r\n"
            + "<p>The Russian Russian president Dmitry Medvedev met the delegation.</p></article></body></html>\r\n";
        var encoding = CharsetLabels.Resolve("windows-1252")!.Strict;
        var path = directory.WriteBytes("page.html", encoding.GetBytes(page));
        var (_, fixing) = Run(directory.Path, "check", "--fix", "page.html");
        Assert.Contains("2 fixes applied in 1 file", fixing);
        var expected = page.Replace("Genral", "General").Replace("Russian Russian", "Russian");
        Assert.Equal(encoding.GetBytes(expected), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_byte_order_mark_encoding_and_line_endings_are_kept()
    {
        using var directory = new TempDirectory();
        const string text = "Talks\r\n\r\nGenral Ashfaq Parvez Kayani met the delegation in Moscow.\r\nIt rained.\r\n";
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = directory.WriteBytes("talks.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        Run(directory.Path, "check", "--fix", "talks.txt");
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("Genral", "General"))], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_without_fixes_is_never_written()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("clean.txt", "The council met on Monday. “We are done,” said the mayor, Ann Lee.");
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        var (_, output) = Run(directory.Path, "check", "--fix", "clean.txt");
        Assert.Contains("0 fixes applied in 0 files", output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_file_that_changed_since_it_was_read_is_left_as_it_is()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("post.md", Markdown);
        const string saved = "Saved by an editor in the meantime.\n";
        var checker = new Checker();
        // The check runs between reading the file and writing it: an editor saves the file then.
        var fixer = new FileFixer(DocumentReaders.Default, (_, document) =>
        {
            File.WriteAllText(path, saved);
            return checker.Check(document);
        });
        var outcome = fixer.Fix(new InputFile(path, "post.md"))!;
        Assert.Equal(FileFixStatus.ChangedSinceRead, outcome.Status);
        Assert.Equal(saved, File.ReadAllText(path));
        Assert.Equal(["post.md"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Fix_refuses_standard_input()
    {
        var error = new StringWriter();
        var code = CliApplication.Run(["check", "--fix", "--stdin"], new StringWriter(), error, RuleTester.RepositoryRoot, new StringReader("Genral Kayani spoke."));
        Assert.Equal(2, code);
        Assert.Contains("--fix", error.ToString());
    }
}
