using System.Text.Encodings.Web;
using System.Text.Json;
using Attribution.Analyzers;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>The check report as stable JSON (version 1; documented in the README).</summary>
public static class JsonReporter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(CheckReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(json, file, diagnostic);
            }
            json.WriteEndArray();
            if (file.Notices.Count > 0)
            {
                WriteNotices(json, file.Notices);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("path", error.Argument);
            json.WriteString("message", error.Message);
            if (error.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("skipped");
        foreach (var skipped in report.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("path", skipped.File.DisplayPath);
            json.WriteString("reason", skipped.Description);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotices(Utf8JsonWriter json, IReadOnlyList<Documents.InputNotice> notices)
    {
        json.WriteStartArray("notices");
        foreach (var notice in notices)
        {
            json.WriteStartObject();
            json.WriteString("message", notice.Message);
            if (notice.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, FileReport file, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WritePropertyName("location");
        WriteLocation(json, file.Source, diagnostic.Span, null);
        var excerpt = SourceExcerpt.Of(file.Source, diagnostic.Span);
        json.WriteStartObject("excerpt");
        json.WriteString("text", excerpt.Text);
        json.WriteNumber("start", excerpt.SpanStart);
        json.WriteNumber("end", excerpt.SpanEnd);
        json.WriteEndObject();
        json.WriteStartArray("relatedLocations");
        foreach (var related in diagnostic.RelatedLocations)
        {
            WriteLocation(json, file.Source, related.Span, related.Message);
        }
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("description", fix.Description);
            json.WriteString("kind", fix.Kind == Fixes.FixKind.Fix ? "fix" : "suggestion");
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("start", edit.Span.Start);
                json.WriteNumber("end", edit.Span.End);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }
        json.WriteEndObject();
    }

    internal static void WriteLocation(Utf8JsonWriter json, SourceText source, TextSpan span, string? message)
    {
        var at = source.GetLinePosition(span.Start);
        json.WriteStartObject();
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteNumber("line", at.Line);
        json.WriteNumber("column", at.Column);
        if (message is not null)
        {
            json.WriteString("message", message);
        }
        json.WriteEndObject();
    }
}
