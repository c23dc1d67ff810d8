using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>
/// Writes the text or JSON report of a check file by file, in input order, as the files are checked, and lets
/// each file's analysis go once its findings are written: memory stays flat however many files there are.
/// </summary>
internal static class StreamedReport
{
    public static int Write(CheckStream inputs, string format, DiagnosticSeverity failOn, TextWriter output)
    {
        var errors = new List<InputError>(inputs.Errors);
        var skipped = new List<SkippedInput>(inputs.Skipped);
        using var json = format == "json" ? new JsonReportWriter(output) : null;
        var totals = new ReportTotals();
        foreach (var outcome in inputs.Outcomes)
        {
            if (outcome.Error is not null)
            {
                errors.Add(outcome.Error);
            }
            if (outcome.Skipped is not null)
            {
                skipped.Add(outcome.Skipped);
            }
            if (outcome.Result is not { } result)
            {
                continue;
            }
            var file = FileReport.From(result.Document.Path, result);
            totals = totals.Add(file);
            if (json is not null)
            {
                json.WriteFile(file);
            }
            else
            {
                TextReporter.WriteFile(file, output);
            }
        }
        if (json is not null)
        {
            json.WriteEnd(errors, skipped);
            output.WriteLine();
        }
        else
        {
            TextReporter.WriteEnd(errors, skipped, totals, output);
        }
        if (errors.Count > 0)
        {
            return ExitCodes.UsageOrInputError;
        }
        return totals.HasFindingsAtOrAbove(failOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
