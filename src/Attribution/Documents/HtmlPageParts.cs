using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Attribution.Lexicon;

namespace Attribution.Documents;

/// <summary>Tells the parts of an HTML page that are never article prose: markup that renders no text, navigation, comment sections, widgets.</summary>
internal static class HtmlPageParts
{
    /// <summary>Elements whose content is not parsed as markup: skipped by finding their end tag in the source.</summary>
    public static readonly IReadOnlySet<string> RawTextElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>Elements that are never prose wherever they stand: scripts, controls, embedded media, navigation and forms.</summary>
    private static readonly HashSet<string> NeverProse = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed",
        "audio", "video", "button", "select", "textarea", "input", "dialog", "nav", "aside",
    };

    private static readonly (Regex[] Comments, Regex[] Boilerplate, Regex[] Content, Regex[] Captions) NamePatterns = ReadNamePatterns();

    /// <summary>
    /// True when the element, with everything in it, is left out of the analysed text. <paramref name="pageLevel"/> is
    /// true when the whole body is being read, so the page's own header goes too (an article's header holds its headline).
    /// </summary>
    public static bool IsExcluded(IElement element, bool pageLevel)
    {
        var name = element.LocalName;
        if (NeverProse.Contains(name) || element.HasAttribute("hidden") || IsStyledHidden(element))
        {
            return true;
        }
        // ASP.NET Web Forms pages wrap the whole page in one form; any other form is a comment, search or sign-up form.
        if (name == "form")
        {
            return element.QuerySelector("article, main, [role=main]") is null;
        }
        if (name == "header" && (element.GetAttribute("role") == "banner" || (pageLevel && element.Closest("article") is null)))
        {
            return true;
        }
        // A footer inside a quotation is its citation; anywhere else it holds tags, share links or the site's small print.
        if (name == "footer" && element.Closest("blockquote") is null)
        {
            return true;
        }
        // In code, "comment" is a syntax-highlighting class, not a comment section.
        if (element.Closest("pre, code") is not null)
        {
            return false;
        }
        return IsCommentSection(element) || IsBoilerplate(element) || IsCaption(element);
    }

    /// <summary>
    /// A picture's caption or credit, or a figure that holds no quotation: what it says is no one's speech, and it
    /// stands between a speaker and the quotation that goes on after it. A figure around a block quotation keeps its
    /// caption, which names the quotation's source.
    /// </summary>
    private static bool IsCaption(IElement element)
    {
        var name = element.LocalName;
        if (name is not ("figure" or "figcaption") && !NamesMatch(element, NamePatterns.Captions))
        {
            return false;
        }
        var figure = element.Closest("figure") ?? element;
        return figure.QuerySelector("blockquote, q") is null;
    }

    /// <summary>
    /// True when the element or one of its ancestors is excluded, so it cannot be the article (a comment posted as an
    /// article element, a related story's card). A page-wide form does not count.
    /// </summary>
    public static bool IsInsideExcluded(IElement element)
    {
        for (var current = element; current is not null && current.LocalName is not ("body" or "html"); current = current.ParentElement)
        {
            if (current.LocalName == "header" || (current.LocalName != "form" && IsExcluded(current, pageLevel: false)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the element's id or classes name a reader comment section or reply form.</summary>
    public static bool IsCommentSection(IElement element) => NamesMatch(element, NamePatterns.Comments);

    private static bool IsBoilerplate(IElement element) =>
        NamesMatch(element, NamePatterns.Boilerplate) && !NamesMatch(element, NamePatterns.Content);

    private static bool NamesMatch(IElement element, Regex[] patterns)
    {
        var id = element.Id;
        if (!string.IsNullOrEmpty(id) && Array.Exists(patterns, p => p.IsMatch(id)))
        {
            return true;
        }
        // Ad slots are often named only for assistive technology or scripts: aria-label="Advertisement", data-role="ad-label".
        foreach (var attribute in (ReadOnlySpan<string>)["aria-label", "data-role"])
        {
            var value = element.GetAttribute(attribute);
            if (!string.IsNullOrEmpty(value) && Array.Exists(patterns, p => p.IsMatch(value)))
            {
                return true;
            }
        }
        foreach (var className in element.ClassList)
        {
            // Blog engines put a post's tags and categories into its classes ("tag-comments", "category-advertising"): they say nothing about the element.
            if (className.StartsWith("tag-", StringComparison.OrdinalIgnoreCase) || className.StartsWith("category-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (Array.Exists(patterns, p => p.IsMatch(className)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsStyledHidden(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static (Regex[] Comments, Regex[] Boilerplate, Regex[] Content, Regex[] Captions) ReadNamePatterns()
    {
        var captions = new List<Regex>();
        var comments = new List<Regex>();
        var boilerplate = new List<Regex>();
        var content = new List<Regex>();
        foreach (var line in LexiconResource.ReadLines("html-boilerplate.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? "" : line[..colon].Trim();
            var pattern = new Regex(line[(colon + 1)..].Trim(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            var list = kind switch
            {
                "comments" => comments,
                "boilerplate" => boilerplate,
                "content" => content,
                "captions" => captions,
                _ => throw new InvalidOperationException($"Unknown kind '{kind}' in html-boilerplate.txt: {line}"),
            };
            list.Add(pattern);
        }
        return ([.. comments], [.. boilerplate], [.. content], [.. captions]);
    }
}
