using System.Globalization;
using Attribution.Analyzers;

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
            foreach (var notice in file.Notices)
            {
                writer.WriteLine(notice.ReportLine(file.Path));
            }
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
        foreach (var error in report.Errors)
        {
            writer.WriteLine($"{error.Where}: error: {error.Message}");
        }
        foreach (var skipped in report.Skipped)
        {
            writer.WriteLine($"{skipped.File.DisplayPath}: {skipped.Message}");
        }
        writer.WriteLine(Summary(report));
    }

    public static string Summary(CheckReport report)
    {
        var parts = new List<string>
        {
            Plural(report.Files.Count, "file") + " checked",
            Plural(report.Count(DiagnosticSeverity.Error), "error"),
            Plural(report.Count(DiagnosticSeverity.Warning), "warning"),
            Plural(report.Count(DiagnosticSeverity.Info), "info"),
        };
        if (report.Skipped.Count > 0)
        {
            parts.Add(Plural(report.Skipped.Count, "file") + " skipped");
        }
        if (report.Errors.Count > 0)
        {
            parts.Add(Plural(report.Errors.Count, "input error"));
        }
        return string.Join(", ", parts);
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 || noun == "info" ? noun : noun + "s");
}
