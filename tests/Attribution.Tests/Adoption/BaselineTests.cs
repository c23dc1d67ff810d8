using Attribution.Adoption;
using Attribution.Documents;
using Attribution.Reporting;

namespace Attribution.Tests.Adoption;

/// <summary>Adopting the checker on an archive: a baseline of today's findings, and only new ones reported after.</summary>
public class BaselineTests
{
    private const string Article = "Talks\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow.\n\nThe Russian Russian president Dmitry Medvedev met them.\n";


    [Fact]
    public void A_fingerprint_stays_when_lines_move_and_changes_with_the_words()
    {
        var first = new Checker().Check(new ArticleLoader().Parse(Article, "a.txt")).Diagnostics[0];
        var moved = "Added above.\n\nAnd more.\n\n" + Article;
        var second = new Checker().Check(new ArticleLoader().Parse(moved, "a.txt")).Diagnostics[0];
        Assert.NotEqual(first.Span, second.Span);
        Assert.Equal(Fingerprint.Of(first, Article), Fingerprint.Of(second, moved));
        var reworded = Article.Replace("met the delegation", "greeted the delegation");
        var third = new Checker().Check(new ArticleLoader().Parse(reworded, "a.txt")).Diagnostics[0];
        Assert.NotEqual(Fingerprint.Of(first, Article), Fingerprint.Of(third, reworded));
    }

    [Fact]
    public void Only_findings_not_in_the_baseline_are_reported_after_lines_move()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("posts/a.txt", Article);
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", "posts", "--write-baseline", "attrib-baseline.json");
        Assert.Equal(0, code);
        Assert.Contains("wrote 2 findings to attrib-baseline.json", error);
        Assert.Contains("\"path\": \"posts/a.txt\"", File.ReadAllText(directory["attrib-baseline.json"]));

        Assert.Equal(0, CliRunner.RunIn(directory.Path, "check", "posts", "--baseline", "attrib-baseline.json", "--fail-on", "info").Code);
        // Lines added above, and a new finding below.
        File.WriteAllText(path, "A new first paragraph.\n\n" + Article + "\nLater Genral Tariq Majid arrived.\n");
        var (after, output, _) = CliRunner.RunIn(directory.Path, "check", "posts", "--baseline", "attrib-baseline.json");
        Assert.Equal(1, after);
        var finding = Assert.Single(output.Split('\n'), l => l.Contains("ATTR", StringComparison.Ordinal));
        Assert.StartsWith("posts/a.txt(9,7): warning ATTR004", finding);
        // From another directory, the same baseline still matches its files.
        Assert.Equal(0, CliRunner.RunIn(directory["posts"], "check", ".", "--baseline", "../attrib-baseline.json", "--disable", "ATTR004").Code);
    }

    [Fact]
    public void A_missing_or_malformed_baseline_is_an_input_error()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", Article);
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", "a.txt", "--baseline", "none.json");
        Assert.Equal(2, code);
        Assert.Contains("attrib: baseline none.json: cannot be read: no such file", error);
        directory.Write("bad.json", "{\"version\": 1, \"findings\": [");
        Assert.Contains("attrib: baseline bad.json: invalid JSON", CliRunner.RunIn(directory.Path, "check", "a.txt", "--baseline", "bad.json").Error);
    }
}
