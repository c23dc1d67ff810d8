using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Hardening;

/// <summary>
/// attrib run in process on real files that its parsers cannot take: each such file is one input error with its
/// line, the other files are still checked and reported, the exit code is 2, and no stack trace is printed.
/// </summary>
public sealed class MalformedInputCliTests : IDisposable
{
    // An unbalanced quotation mark: ATTR008, so that the good file's report is visible.
    private const string GoodArticle = "The mayor said, \"We will build the bridge by spring.\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Code, string Output, string Error) Run(string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, _temp.Path, input is null ? null : new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_yaml_flow_sequence_in_front_matter_is_an_input_error_on_its_line_and_the_other_file_is_reported()
    {
        _temp.Write("post.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nHe said, \"hello there,\" and left.\n");
        _temp.Write("good.txt", GoodArticle);

        var (code, output, error) = Run(null, "check", ".");

        Assert.Equal(2, code);
        Assert.Contains("post.md, line 2: error: front matter is not valid YAML: the '[' on this line is never closed" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("good.txt(1,17): info ATTR008: ", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked, 0 errors, 0 warnings, 1 info, 1 input error" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Equal("", error);
        AssertNoStackTrace(output);
    }

    [Fact]
    public void The_json_report_gives_the_line_of_the_input_error()
    {
        _temp.Write("post.md", "---\ntitle: ok\ntitle: twice\n---\nText.\n");
        _temp.Write("good.txt", GoodArticle);

        var (code, output, _) = Run(null, "check", ".", "--format", "json");

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        var inputError = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("post.md", inputError.GetProperty("path").GetString());
        Assert.Equal(3, inputError.GetProperty("line").GetInt32());
        Assert.StartsWith("front matter is not valid YAML: ", inputError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("good.txt", Assert.Single(json.RootElement.GetProperty("files").EnumerateArray()).GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("post.md", "+++\ntitle = \"a\"\nbad =\n+++\nText.\n", "post.md, line 3: error: front matter is not valid TOML: ")]
    [InlineData("deep.md", null, "deep.md: error: Markdown elements are nested too deeply, or one block holds too many, to be read")]
    public void A_file_its_parser_refuses_is_one_input_error(string name, string? content, string expected)
    {
        _temp.Write(name, content ?? new string('>', 10_000) + " He said \"hi\".\n");
        _temp.Write("good.txt", GoodArticle);

        var (code, output, _) = Run(null, "check", ".");

        Assert.Equal(2, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("good.txt(1,17): info ATTR008: ", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public void Malformed_front_matter_on_standard_input_is_an_input_error_too()
    {
        var (code, output, error) = Run("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nText.\n", "check", "--stdin", "--stdin-filename", "post.md");

        Assert.Equal(2, code);
        Assert.Contains("post.md, line 2: error: front matter is not valid YAML: ", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void The_quote_sheet_reports_the_bad_file_and_lists_the_good_one()
    {
        _temp.Write("post.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nText.\n");
        _temp.Write("good.txt", "\"We will build it,\" the mayor said.\n");

        var (code, output, error) = Run(null, "quotes", ".");

        Assert.Equal(2, code);
        Assert.Contains("We will build it", output, StringComparison.Ordinal);
        Assert.StartsWith("post.md, line 2: error: front matter is not valid YAML: ", error, StringComparison.Ordinal);
    }
}
