using System.Text.Json;
using Attribution.Documents;

namespace Attribution.Reporting;

/// <summary>
/// Writes the JSON check report (see <see cref="JsonReporter"/>) one file at a time, as the files are checked, so
/// that no file need be kept until the end. The bytes are the same as <see cref="JsonReporter.Write"/> writes.
/// </summary>
public sealed class JsonReportWriter : IDisposable
{
    private readonly StreamedJson _output;
    private ReportTotals _totals;

    /// <summary>Writes UTF-8 to a stream.</summary>
    public JsonReportWriter(Stream stream)
        : this(new StreamedJson(stream))
    {
    }

    /// <summary>Writes to a text writer, handing over what is written after each file.</summary>
    public JsonReportWriter(TextWriter writer)
        : this(new StreamedJson(writer))
    {
    }

    private JsonReportWriter(StreamedJson output)
    {
        _output = output;
        Begin();
    }

    private Utf8JsonWriter Json => _output.Json;

    /// <summary>The counts of the files written so far.</summary>
    public ReportTotals Totals => _totals;

    private void Begin()
    {
        Json.WriteStartObject();
        Json.WriteNumber("version", 1);
        Json.WriteStartArray("files");
    }

    public void WriteFile(FileReport file)
    {
        Json.WriteStartObject();
        Json.WriteString("path", file.Path);
        Json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            JsonReporter.WriteDiagnostic(Json, file, diagnostic);
        }
        Json.WriteEndArray();
        if (file.Notices.Count > 0)
        {
            WriteNotices(file.Notices);
        }
        Json.WriteEndObject();
        _totals = _totals.Add(file);
        _output.HandOver();
    }

    /// <summary>The input errors, the skipped files and the summary, after the last file; ends the document.</summary>
    public void WriteEnd(IReadOnlyList<InputError> errors, IReadOnlyList<SkippedInput> skipped)
    {
        Json.WriteEndArray();
        Json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            Json.WriteStartObject();
            Json.WriteString("path", error.Argument);
            Json.WriteString("message", error.Message);
            if (error.Line is { } line)
            {
                Json.WriteNumber("line", line);
            }
            Json.WriteEndObject();
        }
        Json.WriteEndArray();
        Json.WriteStartArray("skipped");
        foreach (var skip in skipped)
        {
            Json.WriteStartObject();
            Json.WriteString("path", skip.File.DisplayPath);
            Json.WriteString("reason", skip.Description);
            Json.WriteEndObject();
        }
        Json.WriteEndArray();
        Json.WriteStartObject("summary");
        Json.WriteNumber("files", _totals.Files);
        Json.WriteNumber("errors", _totals.Errors);
        Json.WriteNumber("warnings", _totals.Warnings);
        Json.WriteNumber("infos", _totals.Infos);
        Json.WriteEndObject();
        Json.WriteEndObject();
        _output.HandOver();
    }

    private void WriteNotices(IReadOnlyList<InputNotice> notices)
    {
        Json.WriteStartArray("notices");
        foreach (var notice in notices)
        {
            Json.WriteStartObject();
            Json.WriteString("message", notice.Message);
            if (notice.Line is { } line)
            {
                Json.WriteNumber("line", line);
            }
            Json.WriteEndObject();
        }
        Json.WriteEndArray();
    }

    public void Dispose() => _output.Dispose();
}
