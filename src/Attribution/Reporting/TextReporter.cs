using System.Globalization;
using Attribution.Analyzers;
using Attribution.Documents;

namespace Attribution.Reporting;

/// <summary>
/// The compiler convention: <c>path(line,col): error ATTR001: message</c>, related places indented under the
/// finding, input errors and skipped files, then one summary line.
/// </summary>
public static class TextReporter
{
    public static void Write(CheckReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            WriteFile(file, writer);
        }
        WriteEnd(report.Errors, report.Skipped, ReportTotals.Of(report), writer);
    }

    /// <summary>One file's findings, as soon as the file is checked.</summary>
    public static void WriteFile(FileReport file, TextWriter writer)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            var at = file.Source.GetLinePosition(diagnostic.Span.Start);
            writer.WriteLine($"{file.Path}({at.Line},{at.Column}): {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            foreach (var related in diagnostic.RelatedLocations)
            {
                var relatedAt = file.Source.GetLinePosition(related.Span.Start);
                writer.WriteLine($"    {file.Path}({relatedAt.Line},{relatedAt.Column}): {related.Message}");
            }
            if (diagnostic.Fix is { } fix)
            {
                writer.WriteLine($"    {(fix.Kind == Fixes.FixKind.Fix ? "fix" : "suggestion")}: {fix.Description}");
            }
        }
    }

    /// <summary>The input errors, the skipped files and the summary line, after the last file.</summary>
    public static void WriteEnd(IReadOnlyList<InputError> errors, IReadOnlyList<SkippedInput> skipped, ReportTotals totals, TextWriter writer)
    {
        foreach (var error in errors)
        {
            writer.WriteLine($"{error.Argument}: error: {error.Message}");
        }
        foreach (var skip in skipped)
        {
            writer.WriteLine($"{skip.File.DisplayPath}: {skip.Message}");
        }
        writer.WriteLine(Summary(totals, skipped.Count, errors.Count));
    }

    public static string Summary(CheckReport report) => Summary(ReportTotals.Of(report), report.Skipped.Count, report.Errors.Count);

    public static string Summary(ReportTotals totals, int skipped, int inputErrors)
    {
        var parts = new List<string>
        {
            Plural(totals.Files, "file") + " checked",
            Plural(totals.Errors, "error"),
            Plural(totals.Warnings, "warning"),
            Plural(totals.Infos, "info"),
        };
        if (skipped > 0)
        {
            parts.Add(Plural(skipped, "file") + " skipped");
        }
        if (inputErrors > 0)
        {
            parts.Add(Plural(inputErrors, "input error"));
        }
        return string.Join(", ", parts);
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 || noun == "info" ? noun : noun + "s");
}
