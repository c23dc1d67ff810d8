using System.Globalization;
using System.Text;
using Attribution.Analyzers;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>
/// The check report as GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which GitHub shows
/// as annotations on the changed files. GitHub shows at most <see cref="AnnotationsPerLevel"/> annotations of each
/// level per step, so the most severe findings come first and those past the cap are printed as plain lines.
/// </summary>
public static class GitHubReporter
{
    public const int AnnotationsPerLevel = 10;

    /// <summary>Rows of the step summary table; the rest are counted under it.</summary>
    public const int SummaryRows = 500;

    public static void Write(CheckReport report, TextWriter writer)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        bool TakeSlot(string level) => (shown[level] = shown.GetValueOrDefault(level) + 1) <= AnnotationsPerLevel;

        foreach (var error in report.Errors)
        {
            writer.WriteLine(TakeSlot("error")
                ? $"::error file={EscapeProperty(error.Argument)}{LineProperty(error.Line)},title={EscapeProperty("input error")}::{EscapeData(error.Message)}"
                : $"{error.Where}: error: {error.Message}");
        }
        foreach (var file in report.Files)
        {
            foreach (var notice in file.Notices)
            {
                writer.WriteLine(TakeSlot("notice")
                    ? $"::notice file={EscapeProperty(file.Path)}{LineProperty(notice.Line)},title={EscapeProperty("input notice")}::{EscapeData(notice.Message)}"
                    : notice.ReportLine(file.Path));
            }
        }
        foreach (var (file, diagnostic) in BySeverity(report))
        {
            var level = Level(diagnostic.Severity);
            writer.WriteLine(TakeSlot(level) ? Annotation(file, diagnostic, level) : PlainLine(file, diagnostic));
        }
        foreach (var skipped in report.Skipped)
        {
            writer.WriteLine($"{skipped.File.DisplayPath}: {skipped.Message}");
        }
        writer.WriteLine(TextReporter.Summary(report));
    }

    /// <summary>A Markdown table of every finding, for the job's summary page ($GITHUB_STEP_SUMMARY).</summary>
    public static void WriteSummary(CheckReport report, TextWriter summary)
    {
        summary.WriteLine("### attrib");
        summary.WriteLine();
        summary.WriteLine(TextReporter.Summary(report));
        summary.WriteLine();
        var findings = BySeverity(report).ToList();
        if (findings.Count + report.Errors.Count == 0)
        {
            return;
        }
        summary.WriteLine("| Severity | Rule | Where | Message |");
        summary.WriteLine("|---|---|---|---|");
        var rows = report.Errors.Select(e => ("error", "", e.Where, e.Message))
            .Concat(findings.Select(f => (SeverityNames.Of(f.Diagnostic.Severity), f.Diagnostic.Id, Where(f.File, f.Diagnostic.Span), f.Diagnostic.Message)))
            .ToList();
        foreach (var (severity, rule, where, message) in rows.Take(SummaryRows))
        {
            summary.WriteLine($"| {severity} | {rule} | {Cell(where)} | {Cell(message)} |");
        }
        if (rows.Count > SummaryRows)
        {
            summary.WriteLine();
            summary.WriteLine($"… and {rows.Count - SummaryRows} more.");
        }
        summary.WriteLine();
    }

    private static string LineProperty(int? line) => line is { } number ? $",line={number}" : "";

    /// <summary>The findings, errors first, then warnings, then infos; in file and position order within each.</summary>
    private static IEnumerable<(FileReport File, Diagnostic Diagnostic)> BySeverity(CheckReport report) =>
        report.Files.SelectMany(f => f.Diagnostics.Select(d => (File: f, Diagnostic: d))).OrderByDescending(f => f.Diagnostic.Severity);

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// One annotation. Lines are 1-based, columns 1-based in UTF-16 code units, and the end column is the column of
    /// the span's last character. The runner refuses columns on an annotation that spans lines, so such a one has
    /// its lines only.
    /// </summary>
    private static string Annotation(FileReport file, Diagnostic diagnostic, string level)
    {
        var start = file.Source.GetLinePosition(diagnostic.Span.Start);
        var end = file.Source.GetLinePosition(Math.Max(diagnostic.Span.Start, diagnostic.Span.End - 1));
        var properties = string.Join(',',
            start.Line == end.Line
                ? [$"file={EscapeProperty(file.Path)}", $"line={start.Line}", $"col={start.Column}", $"endLine={end.Line}", $"endColumn={end.Column}", $"title={EscapeProperty(diagnostic.Id)}"]
                : new[] { $"file={EscapeProperty(file.Path)}", $"line={start.Line}", $"endLine={end.Line}", $"title={EscapeProperty(diagnostic.Id)}" });
        var message = new StringBuilder(diagnostic.Message);
        foreach (var related in diagnostic.RelatedLocations)
        {
            message.Append('\n').Append(Where(file, related.Span)).Append(": ").Append(related.Message);
        }
        if (diagnostic.Fix is { } fix)
        {
            message.Append('\n').Append(fix.Kind == Fixes.FixKind.Fix ? "fix: " : "suggestion: ").Append(fix.Description);
        }
        return string.Create(CultureInfo.InvariantCulture, $"::{level} {properties}::{EscapeData(message.ToString())}");
    }

    private static string PlainLine(FileReport file, Diagnostic diagnostic)
    {
        var at = file.Source.GetLinePosition(diagnostic.Span.Start);
        return $"{file.Path}({at.Line},{at.Column}): {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    private static string Where(FileReport file, TextSpan span)
    {
        var at = file.Source.GetLinePosition(span.Start);
        return $"{file.Path}:{at.Line}:{at.Column}";
    }

    /// <summary>A command's message: <c>%</c>, CR and LF are escaped.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A command's property value: as a message, and <c>:</c> and <c>,</c> too, which end a property.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>A Markdown table cell: one line, pipes escaped.</summary>
    private static string Cell(string text) =>
        text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
