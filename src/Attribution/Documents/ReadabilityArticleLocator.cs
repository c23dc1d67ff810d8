using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Attribution.Documents;

/// <summary>
/// Asks SmartReader (Mozilla Readability) which elements of a page are the article, and finds those elements in the
/// original document, whose elements keep their source positions.
/// </summary>
/// <remarks>
/// SmartReader rebuilds and cleans the page, so what it returns has no source positions. It runs on a second parse of
/// the same source in which every element carries its index in document order as an attribute; Readability keeps
/// such attributes, so the outermost marked elements of its result name the original elements it chose.
/// </remarks>
internal static class ReadabilityArticleLocator
{
    private const string MarkerAttribute = "data-attribution-node";

    // SmartReader resolves relative links against the page's address; the links are not used, so any address does.
    private const string PlaceholderUri = "https://localhost/";

    /// <summary>
    /// Readability's scoring grows faster than the page: past this many elements (a real article page has a few
    /// thousand) it is not asked, and the page is read whole.
    /// </summary>
    public const int MaxElements = 10_000;

    /// <summary>The original elements SmartReader takes for the article, in document order; empty when it finds none or the page is too large to ask.</summary>
    public static IReadOnlyList<IElement> Locate(IHtmlDocument document, string source, HtmlParserOptions parserOptions)
    {
        var originals = document.All.ToArray();
        if (originals.Length > MaxElements)
        {
            return [];
        }
        var copy = new HtmlParser(parserOptions).ParseDocument(source);
        var copies = copy.All.ToArray();
        if (copies.Length != originals.Length)
        {
            return [];
        }
        for (var i = 0; i < copies.Length; i++)
        {
            copies[i].SetAttribute(MarkerAttribute, i.ToString(CultureInfo.InvariantCulture));
        }

        var content = ReadArticleContent(copy);
        if (content is null)
        {
            return [];
        }
        if (HasLooseText(content))
        {
            // Readability took the whole body for the article (it moves the body's children, loose text and all, into
            // its result): the body, read by the rules, has that text with its positions.
            return [];
        }
        var chosen = new SortedSet<int>();
        foreach (var marked in content.QuerySelectorAll($"[{MarkerAttribute}]"))
        {
            if (!HasMarkedAncestor(marked, content)
                && int.TryParse(marked.GetAttribute(MarkerAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < originals.Length)
            {
                chosen.Add(index);
            }
        }
        // The article is never part of a comment section or a sidebar, whatever the scores say.
        return [.. chosen.Select(i => originals[i]).Where(e => e.LocalName is not ("html" or "body") && !HtmlPageParts.IsInsideExcluded(e))];
    }

    private static IElement? ReadArticleContent(IHtmlDocument document)
    {
        using var reader = new Reader(PlaceholderUri, document);
        IElement? content = null;
        reader.AddCustomOperationEnd(element => content = element);
        try
        {
            // Article.IsReadable only reports Readability's quick "probably readerable" test; the content is handed
            // to the end operation only when an article was actually grabbed, however short.
            reader.GetArticle();
            return content;
        }
        catch (Exception)
        {
            // Readability is a heuristic: if it fails on a page, the page has no article it can find, and the rules take over.
            return null;
        }
    }

    /// <summary>True when the result holds text that is in none of the original elements it names.</summary>
    private static bool HasLooseText(IElement content)
    {
        foreach (var node in content.GetDescendants())
        {
            if (node is IText text
                && !string.IsNullOrWhiteSpace(text.Data)
                && !(text.ParentElement is { } parent && (parent.HasAttribute(MarkerAttribute) || HasMarkedAncestor(parent, content))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasMarkedAncestor(IElement element, IElement container)
    {
        for (var current = element.ParentElement; current is not null && current != container; current = current.ParentElement)
        {
            if (current.HasAttribute(MarkerAttribute))
            {
                return true;
            }
        }
        return false;
    }
}
