using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>attrib run in process on real files: output, exit codes and errors.</summary>
public class CliTests
{
    private static (int Code, string Output, string Error) Run(params string[] args) => RunIn(RuleTester.RepositoryRoot, null, args);

    private static (int Code, string Output, string Error) RunIn(string directory, string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, directory, input is null ? null : new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Stdin_is_checked_under_the_given_name_and_its_extension_picks_the_reader()
    {
        const string markdown = "---\ntitle: Test\n---\n\nGenral Ashfaq Parvez Kayani met the *delegation* in Moscow.\n";
        var (code, output, _) = RunIn(RuleTester.RepositoryRoot, markdown, "check", "--stdin", "--stdin-filename", "posts/today.md");
        Assert.Equal(1, code);
        Assert.Contains("posts/today.md(5,1): warning ATTR004: 'Genral'", output);
    }

    [Fact]
    public void Binary_and_too_large_files_are_skipped_and_counted_not_failed()
    {
        var directory = Directory.CreateTempSubdirectory("attrib-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "image.txt"), [0x89, 0x50, 0x00, 0x47, 0x00]);
            File.WriteAllText(Path.Combine(directory.FullName, "clean.txt"), "The council met on Monday.");
            var (code, output, _) = RunIn(directory.FullName, null, "check", ".");
            Assert.Equal(0, code);
            Assert.Contains("image.txt: skipped: binary file", output);
            Assert.Contains("1 file checked", output);
            Assert.Contains("1 file skipped", output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Files_skipped_when_found_and_when_read_are_listed_in_file_order(string format)
    {
        var directory = Directory.CreateTempSubdirectory("attrib-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "a-image.txt"), [0x89, 0x50, 0x00, 0x47, 0x00]);
            File.WriteAllText(Path.Combine(directory.FullName, "b-large.txt"), new string('a', 2048));
            File.WriteAllBytes(Path.Combine(directory.FullName, "c-image.txt"), [0x00, 0x01]);
            File.WriteAllText(Path.Combine(directory.FullName, "d-clean.txt"), "The council met on Monday.");

            var (code, output, _) = RunIn(directory.FullName, null, "check", ".", "--max-file-size", "1KiB", "--format", format);

            Assert.Equal(0, code);
            var order = new[] { "a-image.txt", "b-large.txt", "c-image.txt" }.Select(name => output.IndexOf(name, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, order);
            Assert.Equal(order.Order(), order);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_directory_is_walked_in_a_stable_order_across_formats()
    {
        var (_, output, _) = Run("check", "samples/content", "--fail-on", "info");
        var paths = output.Split('\n').Where(l => l.StartsWith("samples/", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(')]).Distinct().ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Contains(paths, p => p.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("interview-utf16.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_findings_in_the_compiler_convention_and_exits_1()
    {
        var (code, output, _) = Run("check", "samples/seed-article.txt");
        Assert.Equal(1, code);
        Assert.Matches(@"^samples/seed-article\.txt\(\d+,\d+\): warning ATTR001: ", output);
        Assert.Contains("1 file checked", output);
    }

    [Fact]
    public void Fail_on_error_ignores_warnings_and_infos()
    {
        var (code, _, _) = Run("check", "samples/clean-article.txt", "--fail-on", "error");
        Assert.Equal(0, code);
    }

    [Fact]
    public void A_clean_article_exits_0()
    {
        var (code, output, _) = Run("check", "samples/clean-article.txt", "--fail-on", "info");
        Assert.Equal(0, code);
        Assert.Contains("0 errors, 0 warnings, 0 info", output);
    }

    [Theory]
    [InlineData("check", "--bogus", "samples")]
    [InlineData("check", "samples", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("check")]
    public void Usage_errors_exit_2_with_one_clear_message(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("attrib: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_file_is_skipped_and_counted_and_the_other_files_are_still_checked()
    {
        var (code, output, _) = Run("check", "no-such-file.txt", "samples/seed-article.txt");
        Assert.Equal(1, code);
        Assert.Contains("no-such-file.txt: skipped: no such file", output);
        Assert.Contains("ATTR001", output);
        Assert.Contains("1 file skipped", output);
    }

    [Fact]
    public void A_missing_directory_is_still_an_input_error()
    {
        var (code, output, _) = Run("check", "no-such-directory/", "samples/seed-article.txt");
        Assert.Equal(2, code);
        Assert.Contains("no-such-directory/: error: no such file or directory", output);
    }

    [Fact]
    public void Json_report_has_the_documented_shape()
    {
        var (_, output, _) = Run("check", "samples/seed-article.txt", "--format", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var diagnostic = root.GetProperty("files")[0].GetProperty("diagnostics")[0];
        foreach (var property in new[] { "id", "severity", "message", "location", "relatedLocations", "fix" })
        {
            Assert.True(diagnostic.TryGetProperty(property, out _), property);
        }
        var location = diagnostic.GetProperty("location");
        var text = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples/seed-article.txt"));
        var start = location.GetProperty("start").GetInt32();
        var end = location.GetProperty("end").GetInt32();
        Assert.Equal("the Russian Prime Minister", text[start..end]);
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Quotes_lists_who_said_what_in_json()
    {
        var (code, output, _) = Run("quotes", "samples/seed-article.txt", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var quotes = json.RootElement.GetProperty("files")[0].GetProperty("quotes").EnumerateArray().ToList();
        var medvedev = quotes.First(q => q.GetProperty("kind").GetString() == "direct");
        var speaker = medvedev.GetProperty("speaker");
        Assert.Equal("Russian President Medvedev", speaker.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal("Dmitry Medvedev", speaker.GetProperty("name").GetString());
        Assert.Contains(quotes, q => q.GetProperty("kind").GetString() == "indirect");
        Assert.Contains(quotes, q => q.GetProperty("kind").GetString() == "scare");
    }

    [Fact]
    public void Quotes_in_json_give_an_indirect_statement_with_the_pronoun_as_written_and_the_person_resolved()
    {
        var (code, output, _) = Run("quotes", "samples/seed-article.txt", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var quotes = json.RootElement.GetProperty("files")[0].GetProperty("quotes").EnumerateArray().ToList();
        var byPronoun = quotes.First(q => q.GetProperty("kind").GetString() == "indirect"
            && q.GetProperty("speaker").ValueKind == JsonValueKind.Object
            && q.GetProperty("speaker").GetProperty("mention").GetProperty("text").GetString() == "He");
        Assert.Equal("Asif Ali Zardari", byPronoun.GetProperty("speaker").GetProperty("name").GetString());
        Assert.StartsWith("it was collective responsibility", byPronoun.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, byPronoun.GetProperty("cue").ValueKind);
    }

    [Fact]
    public void Explain_prints_the_rule_page()
    {
        var (code, output, _) = Run("explain", "ATTR003");
        Assert.Equal(0, code);
        Assert.StartsWith("# ATTR003: Name spelt two ways", output);
        Assert.Equal(2, Run("explain", "ATTR999").Code);
    }
}
