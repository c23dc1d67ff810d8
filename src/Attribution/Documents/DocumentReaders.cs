namespace Attribution.Documents;

/// <summary>The readers the checker knows, chosen by file extension.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    public static DocumentReaders Default { get; } = new([
        new PlainTextDocumentReader(),
        new MarkdownDocumentReader(),
        new HtmlDocumentReader(),
    ]);

    public IEnumerable<string> Extensions => _byExtension.Keys;

    public bool Supports(string path) => _byExtension.ContainsKey(System.IO.Path.GetExtension(path));

    public IDocumentReader? ForPath(string path) =>
        _byExtension.TryGetValue(System.IO.Path.GetExtension(path), out var reader) ? reader : null;
}
