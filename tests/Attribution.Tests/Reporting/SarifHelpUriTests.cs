using System.Text.Json.Nodes;
using Attribution.Analyzers;
using Attribution.Reporting;

namespace Attribution.Tests.Reporting;

/// <summary>Each rule's helpUri in SARIF: under --help-uri-base when given, else the repository's page, else none.</summary>
public sealed class SarifHelpUriTests
{
    private static JsonArray Rules(SarifToolInfo tool)
    {
        var stream = new MemoryStream();
        SarifReporter.Write(SarifReporterTests.Report(("post.txt", "Nothing here.")), stream, tool);
        var log = JsonNode.Parse(stream.ToArray())!;
        var validation = SarifReporterTests.Validate(log);
        Assert.True(validation.IsValid, SarifReporterTests.Errors(validation));
        return log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
    }

    [Fact]
    public void A_help_uri_base_gives_every_rule_its_page_under_it()
    {
        var rules = Rules(new SarifToolInfo("0.1.0", "https://example.org/attribution") { HelpUriBase = "https://docs.example.org/attrib/rules/" });

        Assert.All(rules, r => Assert.Equal($"https://docs.example.org/attrib/rules/{(string)r!["id"]!}", (string)r!["helpUri"]!));
        Assert.Equal(AnalyzerCatalog.All.Count, rules.Count);
    }

    [Fact]
    public void Without_a_base_or_a_repository_there_is_no_help_uri_but_the_page_is_in_help()
    {
        var rules = Rules(new SarifToolInfo("0.1.0"));

        Assert.All(rules, r => Assert.Null(r!["helpUri"]));
        var attr004 = rules.Single(r => (string)r!["id"]! == "ATTR004")!;
        Assert.Equal(AnalyzerCatalog.Page("ATTR004"), (string)attr004["help"]!["text"]!);
    }

    [Fact]
    public void The_check_command_takes_the_base_and_refuses_a_relative_one()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", "Nothing here.\n");

        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "a.txt", "--format", "sarif", "--help-uri-base", "https://docs.example.org/attrib");
        Assert.Equal(0, code);
        var rules = JsonNode.Parse(output)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal("https://docs.example.org/attrib/ATTR001", (string)rules.Single(r => (string)r!["id"]! == "ATTR001")!["helpUri"]!);

        var refused = CliRunner.RunIn(directory.Path, "check", "a.txt", "--format", "sarif", "--help-uri-base", "docs/rules");
        Assert.Equal(2, refused.Code);
        Assert.Contains("--help-uri-base needs an absolute http or https URL", refused.Error);
    }
}
