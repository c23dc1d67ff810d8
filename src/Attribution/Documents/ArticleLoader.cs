using System.Buffers;

namespace Attribution.Documents;

/// <summary>Reads one file from disk into a <see cref="Document"/> with the reader for its extension.</summary>
public sealed class ArticleLoader(DocumentReaders readers)
{
    public ArticleLoader()
        : this(DocumentReaders.Default)
    {
    }

    public DocumentReaders Readers => readers;

    /// <summary>
    /// Reads, decodes and parses the file; null for a binary file. A file that cannot be read or parsed throws
    /// <see cref="InputException"/> with a one-line message; bytes that could not be decoded are in the document's notices.
    /// </summary>
    public Document? Load(InputFile file)
    {
        var reader = readers.ForPath(file.FullPath) ?? throw new InputException($"unsupported file type '{Path.GetExtension(file.FullPath)}'");
        var (bytes, length) = ReadBytes(file.FullPath);
        try
        {
            return InputDecoder.TryDecode(bytes.AsSpan(0, length), file.FullPath, out var decoded)
                ? Limited(ReaderFailure.Read(reader, file.DisplayPath, decoded.Text)).WithNotices(decoded.Notices)
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// The file's bytes in a buffer rented from the shared pool (the caller returns it), and how many there are: the
    /// bytes are only decoded into the text, so a run does not leave one array the size of each file behind it.
    /// </summary>
    private static (byte[] Bytes, int Length) ReadBytes(string path)
    {
        try
        {
            // No buffer of the stream's own: the bytes go straight into the rented one.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var size = stream.CanSeek ? stream.Length : 0;
            if (size == 0 || size > Array.MaxLength)
            {
                // A size the file system does not know (a pipe, a file under /proc): read to the end.
                var whole = new MemoryStream();
                stream.CopyTo(whole);
                var copy = ArrayPool<byte>.Shared.Rent((int)whole.Length);
                whole.GetBuffer().AsSpan(0, (int)whole.Length).CopyTo(copy);
                return (copy, (int)whole.Length);
            }
            var buffer = ArrayPool<byte>.Shared.Rent((int)size);
            // A file that shrinks while it is read ends where the reading ends; one that grows is read to its size at the start.
            return (buffer, stream.ReadAtLeast(buffer.AsSpan(0, (int)size), (int)size, throwOnEndOfStream: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>
    /// Parses text that is already decoded (standard input); the name's extension picks the reader. Input the
    /// reader cannot take throws <see cref="InputException"/>.
    /// </summary>
    public Document Parse(string content, string displayPath)
    {
        var reader = readers.ForPath(displayPath) ?? new PlainTextDocumentReader();
        return Limited(ReaderFailure.Read(reader, displayPath, content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content));
    }

    /// <summary>Reads decoded text as the loader does: parser failures and limits are <see cref="InputException"/>s.</summary>
    internal static Document Read(IDocumentReader reader, string displayPath, string text) => Limited(ReaderFailure.Read(reader, displayPath, text));

    private static Document Limited(Document document)
    {
        ArticleLimits.CheckQuotations(document);
        return document;
    }
}
