using System.Text.Json.Nodes;

namespace Attribution.Tests.Reporting;

/// <summary>
/// A file a parser refuses (an input error with its line) and a file read with a notice (invalid UTF-8), as every
/// report format shows them.
/// </summary>
public sealed class InputProblemReportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public InputProblemReportTests()
    {
        _temp.Write("broken.md", "---\ndate: 2025-13-40\n---\n\nThe council met on Monday.\n");
        _temp.WriteBytes("garbled.txt", [.. "The council met on Monday.\nThe mayor said "u8, 0xC3, 0x28, .. " nothing.\n"u8]);
    }

    public void Dispose() => _temp.Dispose();

    private (int Code, string Output) Check(string format)
    {
        var (code, output, _) = CliRunner.RunIn(_temp.Path, "check", "broken.md", "garbled.txt", "--format", format);
        return (code, output);
    }

    [Fact]
    public void Text_names_the_line_of_the_error_and_of_the_notice()
    {
        var (code, output) = Check("text");

        Assert.Equal(2, code);
        Assert.Contains("broken.md, line 2: error: front matter: 'date': invalid date '2025-13-40'", output, StringComparison.Ordinal);
        Assert.Contains("garbled.txt, line 2: notice: not valid UTF-8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_error_line_and_the_file_notices()
    {
        var json = JsonNode.Parse(Check("json").Output)!;

        var error = json["errors"]!.AsArray().Single()!;
        Assert.Equal("broken.md", (string)error["path"]!);
        Assert.Equal(2, (int)error["line"]!);
        var notice = json["files"]!.AsArray().Single(f => (string)f!["path"]! == "garbled.txt")!["notices"]!.AsArray().Single()!;
        Assert.Equal(2, (int)notice["line"]!);
    }

    [Fact]
    public void Sarif_has_both_as_notifications_with_their_line()
    {
        var notifications = JsonNode.Parse(Check("sarif").Output)!["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]!.AsArray();

        var error = notifications.Single(n => (string)n!["level"]! == "error")!;
        Assert.Equal(2, (int)error["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        var notice = notifications.Single(n => (string)n!["level"]! == "note")!;
        Assert.Equal("garbled.txt", (string)notice["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Equal(2, (int)notice["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
    }

    [Fact]
    public void GitHub_annotates_both_on_their_line()
    {
        var output = Check("github").Output;

        Assert.Contains("::error file=broken.md,line=2,title=input error::front matter: 'date': invalid date", output, StringComparison.Ordinal);
        Assert.Contains("::notice file=garbled.txt,line=2,title=input notice::not valid UTF-8", output, StringComparison.Ordinal);
    }
}
