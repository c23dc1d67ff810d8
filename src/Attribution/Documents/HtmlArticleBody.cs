using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Attribution.Documents;

/// <summary>How the article's elements were found on the page.</summary>
internal enum ArticleBodyOrigin
{
    /// <summary>The page's article element (the one with the most text when there are several).</summary>
    Article,

    /// <summary>The page's main element, or the element whose role is main.</summary>
    Main,

    /// <summary>The elements that SmartReader, a port of Mozilla Readability, takes for the article.</summary>
    Readability,

    /// <summary>The whole body, less navigation, comment sections and other page parts.</summary>
    Body,
}

/// <summary>The elements of the original document whose text is the article, in document order.</summary>
internal sealed record ArticleBody(IReadOnlyList<IElement> Roots, ArticleBodyOrigin Origin)
{
    /// <summary>True when the whole page is read, so the page's own header is left out too.</summary>
    public bool IsPageLevel => Origin == ArticleBodyOrigin.Body;
}

/// <summary>Finds the article on an HTML page: see HtmlArticleBody.md.</summary>
internal static class HtmlArticleBody
{
    public static ArticleBody Find(IHtmlDocument document, string source, HtmlParserOptions parserOptions)
    {
        var article = LargestArticle(document);
        if (article is not null)
        {
            return new ArticleBody([article], ArticleBodyOrigin.Article);
        }
        var main = document.QuerySelectorAll("main, [role=main]")
            .FirstOrDefault(m => CountText(m) > 0 && !HtmlPageParts.IsInsideExcluded(m));
        if (main is not null)
        {
            return new ArticleBody([main], ArticleBodyOrigin.Main);
        }
        var located = ReadabilityArticleLocator.Locate(document, source, parserOptions);
        if (located.Count > 0)
        {
            return new ArticleBody(located, ArticleBodyOrigin.Readability);
        }
        return new ArticleBody([document.Body ?? document.DocumentElement], ArticleBodyOrigin.Body);
    }

    /// <summary>
    /// Of the article elements that are not nested in another and not part of a comment section, sidebar or the like,
    /// the one with the most text: a page with several is a front page or an article with teaser cards, and the
    /// longest is the story.
    /// </summary>
    private static IElement? LargestArticle(IHtmlDocument document)
    {
        IElement? largest = null;
        var largestText = 0;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            if (article.ParentElement?.Closest("article") is not null || HtmlPageParts.IsInsideExcluded(article))
            {
                continue;
            }
            var text = CountText(article);
            if (text > largestText)
            {
                largest = article;
                largestText = text;
            }
        }
        return largest;
    }

    private static int CountText(IElement element)
    {
        var count = 0;
        foreach (var c in element.TextContent)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }
        return count;
    }
}
