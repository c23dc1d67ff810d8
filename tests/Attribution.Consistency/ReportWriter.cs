using System.Globalization;
using Attribution.Reporting;

namespace Attribution.Consistency;

/// <summary>Prints the measurement: the two catch rates with every miss, and every finding on the clean articles for review.</summary>
public sealed class ReportWriter(TextWriter output)
{
    public void Write(string corpus, string? metadataPath, MeasurementResult result)
    {
        output.WriteLine($"Consistency measurement on {corpus}: {result.Articles} articles, {result.ArticlesWithDates} dated from {metadataPath ?? "(no metadata.tsv)"}");
        output.WriteLine();
        WriteInjections("Injected role contradictions caught by ATTR001/ATTR002 at the injected title", result.Roles, result.Articles);
        WriteInjections("Injected misspellings caught by ATTR003 at the injected surname", result.Misspellings, result.Articles);
        output.WriteLine($"Clean articles: {result.CleanFindings.Count} ATTR001-ATTR004 findings ({result.CleanFindingsPer40Articles.ToString("0.00", CultureInfo.InvariantCulture)} per 40 articles)");
        foreach (var finding in result.CleanFindings)
        {
            var diagnostic = finding.Diagnostic;
            var at = finding.Source.GetLinePosition(diagnostic.Span.Start);
            output.WriteLine($"  {finding.Article.Path}({at.Line},{at.Column}): {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            foreach (var related in diagnostic.RelatedLocations)
            {
                var relatedAt = finding.Source.GetLinePosition(related.Span.Start);
                output.WriteLine($"      {finding.Article.Path}({relatedAt.Line},{relatedAt.Column}): {related.Message}");
            }
        }
        output.WriteLine();
    }

    public void WriteFloors(IReadOnlyList<string> failures)
    {
        if (failures.Count == 0)
        {
            output.WriteLine("Floors: all met");
            return;
        }
        output.WriteLine("Floors: not met");
        foreach (var failure in failures)
        {
            output.WriteLine($"  {failure}");
        }
    }

    private void WriteInjections(string title, IReadOnlyList<InjectionOutcome> outcomes, int articles)
    {
        var caught = outcomes.Count(o => o.Caught);
        output.WriteLine($"{title}: {caught}/{outcomes.Count} ({(MeasurementResult.Share(outcomes) * 100).ToString("0.0", CultureInfo.InvariantCulture)}%), {outcomes.Count} of {articles} articles had a suitable mention");
        foreach (var missed in outcomes.Where(o => !o.Caught))
        {
            var source = new Attribution.Text.SourceText(missed.Injection.NewText);
            var at = source.GetLinePosition(missed.Injection.Span.Start);
            output.WriteLine($"  missed {missed.Article.Path}({at.Line},{at.Column}): '{missed.Injection.Original}' -> '{missed.Injection.Replacement}' ({missed.Injection.Detail})");
        }
        output.WriteLine();
    }
}
