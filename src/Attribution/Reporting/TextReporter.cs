using System.Globalization;
using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>
/// The compiler convention: <c>path(line,col): error ATTR001: message</c>, then the line with carets under the span;
/// related places the same way, indented under the finding; the fix; input errors and skipped files; one summary line.
/// </summary>
public static class TextReporter
{
    /// <param name="color">Colour the severities, carets and gutters with ANSI escape codes (for a terminal).</param>
    public static void Write(CheckReport report, TextWriter writer, bool color = false)
    {
        foreach (var file in report.Files)
        {
            WriteFile(file, writer, color);
        }
        WriteEnd(report.Errors, report.Skipped, ReportTotals.Of(report), writer, color);
    }

    /// <summary>One file's notices and findings, as soon as the file is checked.</summary>
    public static void WriteFile(FileReport file, TextWriter writer, bool color = false)
    {
        var paint = new Paint(color);
        foreach (var notice in file.Notices)
        {
            writer.WriteLine(notice.ReportLine(file.Path));
        }
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteDiagnostic(writer, paint, file, diagnostic);
        }
    }

    /// <summary>The input errors, the skipped files and the summary line, after the last file.</summary>
    public static void WriteEnd(IReadOnlyList<InputError> errors, IReadOnlyList<SkippedInput> skipped, ReportTotals totals, TextWriter writer, bool color = false)
    {
        var paint = new Paint(color);
        foreach (var error in errors)
        {
            writer.WriteLine($"{error.Where}: {paint.Severity(DiagnosticSeverity.Error, "error")}: {error.Message}");
        }
        foreach (var skip in skipped)
        {
            writer.WriteLine($"{skip.File.DisplayPath}: {skip.Message}");
        }
        writer.WriteLine(Summary(totals, skipped.Count, errors.Count));
    }

    private static void WriteDiagnostic(TextWriter writer, Paint paint, FileReport file, Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity;
        var at = file.Source.GetLinePosition(diagnostic.Span.Start);
        writer.WriteLine($"{paint.Bold($"{file.Path}({at.Line},{at.Column})")}: {paint.Severity(severity, SeverityNames.Of(severity))} {paint.Bold(diagnostic.Id)}: {diagnostic.Message}");
        var excerpts = new[] { diagnostic.Span }.Concat(diagnostic.RelatedLocations.Select(r => r.Span))
            .Select(span => SourceExcerpt.Of(file.Source, span)).ToList();
        var gutter = excerpts.Max(e => e.Line).ToString(CultureInfo.InvariantCulture).Length;
        WriteExcerpt(writer, paint, excerpts[0], "", gutter, severity);
        for (var i = 0; i < diagnostic.RelatedLocations.Count; i++)
        {
            var related = diagnostic.RelatedLocations[i];
            var relatedAt = file.Source.GetLinePosition(related.Span.Start);
            writer.WriteLine($"    {file.Path}({relatedAt.Line},{relatedAt.Column}): {related.Message}");
            WriteExcerpt(writer, paint, excerpts[i + 1], "    ", gutter, null);
        }
        foreach (var note in diagnostic.Notes)
        {
            writer.WriteLine($"    {note}");
        }
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteLine($"    {(fix.Kind == Fixes.FixKind.Fix ? "fix" : "suggestion")}: {fix.Description}");
        }
    }

    private static void WriteExcerpt(TextWriter writer, Paint paint, SourceExcerpt excerpt, string indent, int gutter, DiagnosticSeverity? severity)
    {
        var (line, carets) = excerpt.Render();
        var number = excerpt.Line.ToString(CultureInfo.InvariantCulture).PadLeft(gutter);
        writer.WriteLine($"{indent}{paint.Gutter($"{number} |")} {line}".TrimEnd());
        writer.WriteLine($"{indent}{paint.Gutter($"{new string(' ', gutter)} |")} {paint.Carets(severity, carets)}");
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

    internal static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 || noun == "info" ? noun : noun + "s");

    /// <summary>ANSI colours, or nothing when colour is off.</summary>
    private readonly record struct Paint(bool Enabled)
    {
        private const string Reset = "\u001b[0m";

        public string Bold(string text) => Wrap("\u001b[1m", text);

        public string Gutter(string text) => Wrap("\u001b[34m", text);

        public string Severity(DiagnosticSeverity severity, string text) => Wrap(Code(severity), text);

        public string Carets(DiagnosticSeverity? severity, string text) =>
            Wrap(severity is { } s ? Code(s) : "\u001b[1;34m", text);

        private static string Code(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "\u001b[1;31m",
            DiagnosticSeverity.Warning => "\u001b[1;33m",
            _ => "\u001b[1;36m",
        };

        private string Wrap(string code, string text) => Enabled && text.Length > 0 ? code + text + Reset : text;
    }
}
