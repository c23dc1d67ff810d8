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
        using var writer = new JsonReportWriter(stream);
        foreach (var file in report.Files)
        {
            writer.WriteFile(file);
        }
        writer.WriteEnd(report.Errors, report.Skipped);
    }

    internal static void WriteDiagnostic(Utf8JsonWriter json, FileReport file, Diagnostic diagnostic)
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
