using System.Text.Json;

namespace Attribution.Reporting;

/// <summary>
/// Writes the JSON quote sheet file by file, as <see cref="QuoteSheet.WriteJson"/> writes it whole: the bytes are the
/// same, and a file's part is handed to the output as soon as it is written, so the sheets of earlier files need not
/// be kept.
/// </summary>
public sealed class QuoteSheetJsonWriter : IDisposable
{
    private readonly StreamedJson _output;

    /// <summary>Writes to a stream of UTF-8 bytes.</summary>
    public QuoteSheetJsonWriter(Stream stream)
        : this(new StreamedJson(stream))
    {
    }

    /// <summary>Writes to a text writer, one file's part at a time.</summary>
    public QuoteSheetJsonWriter(TextWriter writer)
        : this(new StreamedJson(writer))
    {
    }

    private QuoteSheetJsonWriter(StreamedJson output)
    {
        _output = output;
        Json.WriteStartObject();
        Json.WriteNumber("version", 1);
        Json.WriteStartArray("files");
    }

    private Utf8JsonWriter Json => _output.Json;

    /// <summary>One file's quotes.</summary>
    public void WriteFile(string path, IReadOnlyList<QuoteEntry> entries)
    {
        QuoteSheet.WriteFile(Json, path, entries);
        _output.HandOver();
    }

    /// <summary>Closes the sheet.</summary>
    public void WriteEnd()
    {
        Json.WriteEndArray();
        Json.WriteEndObject();
        _output.HandOver();
    }

    public void Dispose() => _output.Dispose();
}
