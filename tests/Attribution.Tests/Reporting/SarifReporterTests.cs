using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Analyzers;
using Attribution.Reporting;
using Json.Schema;

namespace Attribution.Tests.Reporting;

/// <summary>The SARIF log, validated against the OASIS SARIF 2.1.0 schema (a copy is committed beside this test).</summary>
public class SarifReporterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "tests", "Attribution.Tests", "Reporting", "Schemas", "sarif-schema-2.1.0.json"))));

    private const string Article =
        "The council met on Monday.\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow. General Vladimir Boldyrev and Boldyrev's staff were there; Bolyrev spoke first.\n\n“We will not raise taxes this year, whatever the deficit looks like.”\n";

    internal static CheckReport Report(params (string Path, string Text)[] files)
    {
        var run = new CheckRun();
        return new CheckReport([.. files.Select(f => FileReport.From(f.Path, run.CheckText(f.Text, f.Path)))], [], []);
    }

    private static JsonNode Sarif(CheckReport report, string? repository = "https://example.org/attribution")
    {
        var stream = new MemoryStream();
        SarifReporter.Write(report, stream, new SarifToolInfo("0.1.0", repository));
        return JsonNode.Parse(stream.ToArray())!;
    }

    internal static EvaluationResults Validate(JsonNode log)
    {
        using var document = JsonDocument.Parse(log.ToJsonString());
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    internal static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    [Fact]
    public void The_log_of_every_sample_validates_against_the_schema()
    {
        var samples = Samples.SampleReportSnapshotTests.SamplePaths().ToList();
        var report = new CheckReport(
            [.. samples.Select(p => FileReport.From(p, new CheckRun().Check([new Attribution.Documents.InputFile(Path.Combine(RuleTester.RepositoryRoot, p), p)]).Results[0]))],
            [new Attribution.Documents.InputError("missing.md", "no such file"), new Attribution.Documents.InputError("broken.md", "front matter: 'date': invalid date", 2)],
            []);
        var log = Sarif(report);
        Assert.NotEmpty(log["runs"]![0]!["results"]!.AsArray());
        var results = Validate(log);
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void A_log_the_schema_forbids_is_rejected()
    {
        var log = Sarif(Report(("post.txt", Article)));
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Assert.False(Validate(log).IsValid);
    }

    [Fact]
    public void The_driver_lists_every_rule_with_its_descriptions_help_and_level()
    {
        var rules = Sarif(Report(("post.txt", "Nothing here.")))["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(AnalyzerCatalog.All.Select(a => a.Descriptor.Id), rules.Select(r => (string)r!["id"]!));
        var attr004 = rules.Single(r => (string)r!["id"]! == "ATTR004")!;
        Assert.Equal("MisspeltTitle", (string)attr004["name"]!);
        Assert.Equal("Misspelt title", (string)attr004["shortDescription"]!["text"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)attr004["fullDescription"]!["text"]!));
        Assert.Equal("https://example.org/attribution/blob/main/src/Attribution/Analyzers/Rules/Names/ATTR004.md", (string)attr004["helpUri"]!);
        Assert.Equal("warning", (string)attr004["defaultConfiguration"]!["level"]!);
        Assert.Equal("note", (string)rules.Single(r => (string)r!["id"]! == "ATTR006")!["defaultConfiguration"]!["level"]!);
    }

    [Fact]
    public void Regions_are_1_based_with_columns_in_UTF16_code_units()
    {
        // The mathematical bold A before the title is one character but two UTF-16 code units.
        var log = Sarif(Report(("post.txt", "\U0001D400 ok.\n\nThe visit: Genral Ashfaq Parvez Kayani met the delegation.\n")));
        Assert.Equal("utf16CodeUnits", (string)log["runs"]![0]!["columnKind"]!);
        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "ATTR004")!;
        var region = result["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal(3, (int)region["startLine"]!);
        Assert.Equal(12, (int)region["startColumn"]!);
        Assert.Equal(3, (int)region["endLine"]!);
        Assert.Equal(18, (int)region["endColumn"]!);

        var astral = Sarif(Report(("post.txt", "\U0001D400 Genral Ashfaq Parvez Kayani met the delegation.\n")))["runs"]![0]!["results"]![0]!;
        Assert.Equal(4, (int)astral["locations"]![0]!["physicalLocation"]!["region"]!["startColumn"]!);
    }

    [Fact]
    public void A_fix_replaces_a_region_given_by_character_offset()
    {
        var log = Sarif(Report(("post.txt", Article)));
        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "ATTR004")!;
        var fix = result["fixes"]![0]!;
        Assert.Equal("fix", (string)fix["properties"]!["kind"]!);
        var change = fix["artifactChanges"]![0]!;
        Assert.Equal("post.txt", (string)change["artifactLocation"]!["uri"]!);
        var replacement = change["replacements"]![0]!;
        var offset = (int)replacement["deletedRegion"]!["charOffset"]!;
        var length = (int)replacement["deletedRegion"]!["charLength"]!;
        Assert.Equal("Genral", Article.Substring(offset, length));
        Assert.Equal("General", (string)replacement["insertedContent"]!["text"]!);
    }

    [Fact]
    public void Related_locations_carry_their_message()
    {
        var log = Sarif(Report(("post.txt", Article)));
        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "ATTR003")!;
        var related = result["relatedLocations"]![0]!;
        Assert.Equal(1, (int)related["id"]!);
        Assert.Contains("Boldyrev", (string)related["message"]!["text"]!);
        Assert.Equal("Boldyrev", (string)related["physicalLocation"]!["region"]!["snippet"]!["text"]!);
    }

    [Fact]
    public void Fingerprints_stay_the_same_when_lines_move()
    {
        static List<(int Line, string Fingerprint)> Results(string text) =>
            [.. Sarif(Report(("post.txt", text)))["runs"]![0]!["results"]!.AsArray()
                .Select(r => ((int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!, (string)r["partialFingerprints"]![SarifReporter.FingerprintName]!))];
        var before = Results(Article);
        var after = Results("A new first paragraph.\n\nAnd a second one, added later.\n\n" + Article);
        Assert.NotEmpty(before);
        Assert.Equal(before.Select(r => r.Fingerprint), after.Select(r => r.Fingerprint));
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.Line + 4, pair.Second.Line));
        Assert.Equal(before.Count, before.Select(r => r.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void The_same_finding_twice_in_a_file_gets_two_fingerprints()
    {
        const string text = "Genral Ashfaq Parvez Kayani met them.\n\nGenral Ashfaq Parvez Kayani met them.\n";
        var fingerprints = Sarif(Report(("post.txt", text)))["runs"]![0]!["results"]!.AsArray()
            .Where(r => (string)r!["ruleId"]! == "ATTR004").Select(r => (string)r!["partialFingerprints"]![SarifReporter.FingerprintName]!).ToList();
        Assert.Equal(2, fingerprints.Count);
        Assert.Equal(fingerprints[0][..^2], fingerprints[1][..^2]);
        Assert.EndsWith(":1", fingerprints[0]);
        Assert.EndsWith(":2", fingerprints[1]);
    }

    [Fact]
    public void Input_errors_make_the_invocation_unsuccessful()
    {
        var report = new CheckReport([], [new Attribution.Documents.InputError("missing.md", "no such file")], []);
        var invocation = Sarif(report)["runs"]![0]!["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.Equal("no such file", (string)invocation["toolExecutionNotifications"]![0]!["message"]!["text"]!);
    }
}
