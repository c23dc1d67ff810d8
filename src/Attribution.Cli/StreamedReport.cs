using System.CommandLine;
using Attribution.Documents;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>
/// Writes the text or JSON report of a check file by file, in input order, as the files are checked, and lets each
/// file's analysis go once its findings are written: memory stays flat however many files there are. The bytes are
/// those of the report written at the end; only the counts are kept for the summary and the exit code.
/// </summary>
internal static class StreamedReport
{
    /// <summary>The formats that can be written file by file.</summary>
    public static bool Streams(string format) => format is "text" or "json";

    public static int Write(CheckStream stream, ParseResult parseResult, ReportOptions shown, Option<string> failOn, string format, bool color, CliContext context)
    {
        var errors = new List<InputError>(stream.Errors);
        var skippedWhenRead = new List<SkippedInput>();
        var minimum = shown.MinimumShown(parseResult);
        using var json = format == "json" ? new JsonReportWriter(context.Output) : null;
        var all = new ReportTotals();
        var listed = new ReportTotals();
        var progress = ProgressIndicator.For(context, parseResult.GetValue(shown.Quiet), stream.FileCount);
        foreach (var outcome in progress?.Track(stream.Outcomes) ?? stream.Outcomes)
        {
            if (outcome.Error is not null)
            {
                errors.Add(outcome.Error);
            }
            if (outcome.Skipped is not null)
            {
                skippedWhenRead.Add(outcome.Skipped);
            }
            if (outcome.Report is not { } file)
            {
                continue;
            }
            all = all.Add(file);
            var shownFile = ReportOptions.Shown(file, minimum);
            listed = listed.Add(shownFile);
            if (json is not null)
            {
                json.WriteFile(shownFile);
            }
            else
            {
                TextReporter.WriteFile(shownFile, context.Output, color);
            }
        }
        var skipped = SkippedInput.InFileOrder(stream.Skipped, skippedWhenRead);
        if (json is not null)
        {
            json.WriteEnd(errors, skipped);
            context.Output.WriteLine();
        }
        else
        {
            TextReporter.WriteEnd(errors, skipped, listed, context.Output, color);
        }
        if (errors.Count > 0)
        {
            return ExitCodes.UsageOrInputError;
        }
        var fails = shown.Fails(parseResult, all, failOn);
        if (fails)
        {
            ReportOptions.ExplainHidden(Total(all) - Total(listed), context.Error);
        }
        return fails ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int Total(ReportTotals totals) => totals.Errors + totals.Warnings + totals.Infos;
}
