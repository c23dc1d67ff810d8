using System.Text;
using System.Text.Json;

namespace Attribution.Reporting;

/// <summary>
/// A JSON writer over a stream of UTF-8 bytes, or over a text writer that is handed each part of the document as soon
/// as it is written (<see cref="HandOver"/>), so that a report written file by file need not be kept whole.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    private readonly MemoryStream? _buffer;
    private readonly TextWriter? _text;

    public StreamedJson(Stream stream) => Json = new Utf8JsonWriter(stream, JsonReporter.WriterOptions);

    public StreamedJson(TextWriter writer)
    {
        _buffer = new MemoryStream();
        _text = writer;
        Json = new Utf8JsonWriter(_buffer, JsonReporter.WriterOptions);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes what the JSON writer holds on to the output; a flush ends on a whole token, so on whole UTF-8 characters.</summary>
    public void HandOver()
    {
        Json.Flush();
        if (_buffer is null || _text is null)
        {
            return;
        }
        _text.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer?.Dispose();
    }
}
