using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Sources;

/// <summary>
/// A document an article cites, read with the article readers (for HTML the article body, not the page around it):
/// its words for matching and, when a rule asks, its own semantic model, to see who says what there.
/// </summary>
public sealed class SourceDocument
{
    private readonly Lazy<SourceWords> _words;
    private readonly Lazy<SemanticModel> _model;

    /// <param name="url">The address the article cites.</param>
    /// <param name="document">The source as read; its path is what reports show for it (the local copy).</param>
    public SourceDocument(string url, Document document)
    {
        Url = url;
        Document = document;
        _words = new(() => SourceWords.Of(document.Text));
        _model = new(() => SemanticModel.Build(SyntaxTree.Parse(document)));
    }

    public string Url { get; }

    public Document Document { get; }

    public SourceWords Words => _words.Value;

    public SemanticModel Model => _model.Value;

    /// <summary>The place of a span of the source's analysed text, as <c>path(line,column)</c> of its file.</summary>
    public string Place(TextSpan span)
    {
        var at = Document.Source.GetLinePosition(Document.Map.ToSource(span).Start);
        return $"{Document.Path}({at.Line},{at.Column})";
    }

    /// <summary>Reads a source from its bytes; the extension of <paramref name="path"/> picks the reader. Input the readers refuse throws <see cref="InputException"/>.</summary>
    public static SourceDocument Read(string url, string path, byte[] bytes)
    {
        if (!InputDecoder.TryDecode(bytes, path, out var decoded))
        {
            throw new InputException("not a text document (binary content)");
        }
        var reader = DocumentReaders.Default.ForPath(path) ?? new PlainTextDocumentReader();
        return new SourceDocument(url, ArticleLoader.Read(reader, path, decoded.Text));
    }
}

/// <summary>Why a cited source could not be compared: reported once per address, it never stops the run.</summary>
public sealed record SourceNotice(string Url, string Message)
{
    public override string ToString() => $"source {Url}: {Message}";
}
