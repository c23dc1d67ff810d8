namespace Attribution.Documents;

/// <summary>
/// How deep a page's elements nest, read from its tags before it is parsed: an HTML parser's tree building costs
/// more per element the deeper the tree, so a page nested thousands deep is refused before it is parsed. Elements
/// whose end tag may be left out (p, li, td, …) and void elements do not count, so a page that leaves them open is
/// not taken for a deep one.
/// </summary>
internal static class HtmlNestingDepth
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // End tag optional.
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rtc", "rp", "caption",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "plaintext" };

    /// <summary>The deepest nesting found, counting up to just past <paramref name="stopAbove"/>.</summary>
    public static int Measure(string html, int stopAbove)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest <= stopAbove)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }
            var name = html[nameStart..nameEnd];
            if (closing)
            {
                if (!Uncounted.Contains(name))
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = end < 0 ? html.Length - 1 : end - 1;
            }
            else if (!Uncounted.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth++;
                deepest = Math.Max(deepest, depth);
            }
            i = tagEnd + 1;
        }
        return deepest;
    }
}
