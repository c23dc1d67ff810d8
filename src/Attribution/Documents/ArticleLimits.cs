using Attribution.Syntax;

namespace Attribution.Documents;

/// <summary>
/// Bounds on what one file may hold, so that no input makes the checker hang: past them the file is one input
/// error with a message that says which limit it passed. Real articles stay far below each.
/// </summary>
public static class ArticleLimits
{
    /// <summary>How deep HTML elements may nest (a real page nests a few dozen deep). Markdown has Markdig's own bound.</summary>
    public const int MaxNestingDepth = 1_000;

    /// <summary>How many double quotation marks the analysed text of one file may hold (a long article has a few hundred).</summary>
    public const int MaxQuotationMarks = 50_000;

    /// <summary>Throws <see cref="InputException"/> when the HTML source nests elements deeper than <see cref="MaxNestingDepth"/>.</summary>
    public static void CheckHtmlNesting(string html)
    {
        var depth = HtmlNestingDepth.Measure(html, MaxNestingDepth);
        if (depth > MaxNestingDepth)
        {
            throw new InputException($"HTML elements are nested more than {MaxNestingDepth:N0} deep; the page is not read");
        }
    }

    /// <summary>Throws <see cref="InputException"/> when the document's analysed text has more than <see cref="MaxQuotationMarks"/> double quotation marks.</summary>
    public static void CheckQuotations(Document document)
    {
        var marks = 0;
        foreach (var c in document.Text)
        {
            // Every double mark but the straight one is past the left guillemet (U+00AB): most characters are ruled out by one comparison.
            if ((c == '"' || c >= QuoteMarks.LeftGuillemet && QuoteMarks.IsDouble(c)) && ++marks > MaxQuotationMarks)
            {
                throw new InputException($"more than {MaxQuotationMarks:N0} quotation marks; the file is not checked");
            }
        }
    }
}
