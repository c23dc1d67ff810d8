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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read the file: {e.Message}", e);
        }
        return InputDecoder.TryDecode(bytes, file.FullPath, out var decoded)
            ? Limited(ReaderFailure.Read(reader, file.DisplayPath, decoded.Text)).WithNotices(decoded.Notices)
            : null;
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
