using AngleSharp.Html.Parser;
using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// HTML pages: the analysed text is the article's prose (found as HtmlArticleBody.md describes), blocks separated by
/// blank lines, with every character mapped to where it stands in the HTML source.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    // Source references give each element its offset; TextPosition's line and column are 16-bit and overflow on long lines.
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true };

    // A NUL this early means a binary file, not a page with a stray control character.
    private const int BinaryProbeLength = 8192;

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public Document Read(string path, string content)
    {
        if (content.AsSpan(0, Math.Min(content.Length, BinaryProbeLength)).Contains('\0'))
        {
            throw new InputException($"{path} is a binary file, not an HTML page.");
        }
        ArticleLimits.CheckHtmlNesting(content);
        var document = new HtmlParser(ParserOptions).ParseDocument(content);
        var article = HtmlArticleBody.Find(document, content, ParserOptions);
        var extracted = HtmlTextExtractor.Extract(content, article.Roots, article.IsPageLevel);
        var metadata = HtmlMetadataReader.Read(document, article);
        return new Document(path, new SourceText(content), extracted.Text, extracted.Map, metadata, extracted.QuoteRegions)
        {
            Links = extracted.Links,
            CitedWorks = extracted.CitedWorks,
            Headline = extracted.Headline,
        };
    }
}
