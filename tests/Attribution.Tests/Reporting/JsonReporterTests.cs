using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Reporting;

public class JsonReporterTests
{
    [Fact]
    public void Every_diagnostic_has_an_excerpt_whose_span_is_the_reported_text()
    {
        var output = new StringWriter();
        CliApplication.Run(["check", "samples/seed-article.txt", "--format", "json"], output, new StringWriter(), RuleTester.RepositoryRoot);
        var source = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt"));
        using var json = JsonDocument.Parse(output.ToString());
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.GetProperty("location");
            var excerpt = diagnostic.GetProperty("excerpt");
            var text = excerpt.GetProperty("text").GetString()!;
            var shown = text[excerpt.GetProperty("start").GetInt32()..excerpt.GetProperty("end").GetInt32()];
            var reported = source[location.GetProperty("start").GetInt32()..location.GetProperty("end").GetInt32()];
            Assert.StartsWith(shown.TrimEnd('…'), reported, StringComparison.Ordinal);
            Assert.True(shown.Length > 0);
        }
    }
}
