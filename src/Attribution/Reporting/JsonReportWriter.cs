using System.Text;
using System.Text.Json;
using Attribution.Documents;

namespace Attribution.Reporting;

/// <summary>
/// Writes the JSON check report (see <see cref="JsonReporter"/>) one file at a time, as the files are checked, so
/// that no file need be kept until the end. The bytes are the same as <see cref="JsonReporter.Write"/> writes.
/// </summary>
public sealed class JsonReportWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly MemoryStream? _buffer;
    private readonly TextWriter? _text;
    private ReportTotals _totals;

    /// <summary>Writes UTF-8 to a stream.</summary>
    public JsonReportWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, JsonReporter.WriterOptions);
        Begin();
    }

    /// <summary>Writes to a text writer, handing over what is written after each file.</summary>
    public JsonReportWriter(TextWriter writer)
    {
        _buffer = new MemoryStream();
        _text = writer;
        _json = new Utf8JsonWriter(_buffer, JsonReporter.WriterOptions);
        Begin();
    }

    /// <summary>The counts of the files written so far.</summary>
    public ReportTotals Totals => _totals;

    private void Begin()
    {
        _json.WriteStartObject();
        _json.WriteNumber("version", 1);
        _json.WriteStartArray("files");
    }

    public void WriteFile(FileReport file)
    {
        _json.WriteStartObject();
        _json.WriteString("path", file.Path);
        _json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            JsonReporter.WriteDiagnostic(_json, file, diagnostic);
        }
        _json.WriteEndArray();
        if (file.Notices.Count > 0)
        {
            WriteNotices(file.Notices);
        }
        _json.WriteEndObject();
        _totals = _totals.Add(file);
        HandOver();
    }

    /// <summary>The input errors, the skipped files and the summary, after the last file; ends the document.</summary>
    public void WriteEnd(IReadOnlyList<InputError> errors, IReadOnlyList<SkippedInput> skipped)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            _json.WriteStartObject();
            _json.WriteString("path", error.Argument);
            _json.WriteString("message", error.Message);
            if (error.Line is { } line)
            {
                _json.WriteNumber("line", line);
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("skipped");
        foreach (var skip in skipped)
        {
            _json.WriteStartObject();
            _json.WriteString("path", skip.File.DisplayPath);
            _json.WriteString("reason", skip.Description);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("files", _totals.Files);
        _json.WriteNumber("errors", _totals.Errors);
        _json.WriteNumber("warnings", _totals.Warnings);
        _json.WriteNumber("infos", _totals.Infos);
        _json.WriteEndObject();
        _json.WriteEndObject();
        HandOver();
    }

    private void WriteNotices(IReadOnlyList<InputNotice> notices)
    {
        _json.WriteStartArray("notices");
        foreach (var notice in notices)
        {
            _json.WriteStartObject();
            _json.WriteString("message", notice.Message);
            if (notice.Line is { } line)
            {
                _json.WriteNumber("line", line);
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    /// <summary>Passes what the JSON writer holds on to the text writer; a flush ends on a whole token, so on whole UTF-8 characters.</summary>
    private void HandOver()
    {
        _json.Flush();
        if (_buffer is null || _text is null)
        {
            return;
        }
        _text.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer?.Dispose();
    }
}
