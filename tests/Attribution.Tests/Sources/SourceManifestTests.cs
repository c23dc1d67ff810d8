using Attribution.Documents;
using Attribution.Sources;

namespace Attribution.Tests.Sources;

public class SourceManifestTests
{
    [Fact]
    public void Addresses_map_to_files_relative_to_the_directory()
    {
        using var directory = new TempDirectory();
        directory.Write("sources.yaml", "sources:\n  https://Example.org/story#part-2: pages/story.html\n  http://example.org/notes?id=4: notes.md\n");
        var manifest = SourceManifest.Load(directory.Path, "src");
        Assert.Equal("pages/story.html", manifest.Files["https://example.org/story"]);
        Assert.Equal("notes.md", manifest.Files["http://example.org/notes?id=4"]);
    }

    [Theory]
    [InlineData("sources:\n  https://example.org/a: [pages/a.html\n", "src/sources.yaml, line 3: invalid YAML")]
    [InlineData("pages:\n  https://example.org/a: a.html\n", "src/sources.yaml, line 1: unknown key 'pages'")]
    [InlineData("sources:\n  ftp://example.org/a: a.html\n", "src/sources.yaml, line 2: 'ftp://example.org/a' is not an http or https address")]
    [InlineData("sources:\n  https://example.org/a: a.html\n  https://example.org/a#b: b.html\n", "src/sources.yaml, line 3: https://example.org/a#b is listed twice")]
    [InlineData("sources:\n  https://example.org/a: /etc/passwd\n", "src/sources.yaml, line 2: https://example.org/a: '/etc/passwd' must be relative")]
    [InlineData("sources:\n  - https://example.org/a\n", "src/sources.yaml, line 2: 'sources' must map each cited address to a file")]
    [InlineData("sources:\n  https://example.org/a: {file: a.html}\n", "src/sources.yaml, line 2: https://example.org/a: expected the path of a file")]
    public void A_manifest_that_cannot_be_used_names_its_line(string yaml, string message)
    {
        using var directory = new TempDirectory();
        directory.Write("sources.yaml", yaml);
        var error = Assert.Throws<InputException>(() => SourceManifest.Load(directory.Path, "src"));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_bad_manifest_stops_the_run_with_exit_code_2()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources: [");
        directory.Write("article.txt", "“We will not raise taxes this year,” said Mayor Anna Berg.");
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "article.txt", "--sources", "src");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("attrib: src/sources.yaml, line 2: invalid YAML", error);
    }

    [Fact]
    public void A_missing_directory_or_manifest_is_an_input_error()
    {
        using var directory = new TempDirectory();
        directory.Write("article.txt", "Text.");
        directory.CreateDirectory("empty");
        Assert.Contains("attrib: --sources: the directory nowhere does not exist", CliRunner.RunIn(directory.Path, "check", "article.txt", "--sources", "nowhere").Error);
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", "article.txt", "--sources", "empty");
        Assert.Equal(2, code);
        Assert.Contains("attrib: --sources: cannot read empty/sources.yaml: no such file", error);
    }

    [Fact]
    public void A_missing_source_file_is_a_notice_for_its_address_and_the_quotation_is_not_judged()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources:\n  https://example.org/story: pages/story.html\n");
        directory.Write("article.html", """<p>Mayor Anna Berg said <q cite="https://example.org/story">we will not raise taxes this year</q>.</p>""");
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "article.html", "--sources", "src");
        Assert.Equal(0, code);
        Assert.DoesNotContain("ATTR011", output);
        Assert.Equal("attrib: notice: source https://example.org/story: pages/story.html does not exist in the sources directory\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_address_the_manifest_does_not_list_is_a_notice()
    {
        using var directory = new TempDirectory();
        directory.Write("src/sources.yaml", "sources:\n");
        directory.Write("article.html", """<p>Mayor Anna Berg said <q cite="https://example.org/other">we will not raise taxes this year</q>.</p>""");
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", "article.html", "--sources", "src");
        Assert.Equal(0, code);
        Assert.Contains("attrib: notice: source https://example.org/other: not listed in sources.yaml (--fetch downloads it)", error);
    }
}
