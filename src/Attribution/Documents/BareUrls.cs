using System.Text.RegularExpressions;
using Attribution.Text;

namespace Attribution.Documents;

/// <summary>URLs written out in the prose (https://…, www.…), found in the analysed text of any format.</summary>
internal static partial class BareUrls
{
    /// <summary>The reader's links and, where no link of the markup already covers it, each URL written in the text; in text order.</summary>
    public static IReadOnlyList<DocumentLink> AddTo(IReadOnlyList<DocumentLink> markupLinks, string text, OffsetMap map)
    {
        var links = new List<DocumentLink>(markupLinks);
        SpanIndex? markup = null; // made at the first written URL: most texts have none
        // Every address starts with "http" or "www.": a vectorised search for each passes over most articles whole,
        // where the pattern would stop at every h and w.
        var first = FirstAddressStart(text);
        foreach (Match found in first < 0 ? Enumerable.Empty<Match>() : Url().Matches(text, first))
        {
            var match = found.Groups["url"];
            var end = match.Index + match.Length;
            // Sentence punctuation after a URL is not part of it.
            while (end > match.Index && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’' or '”')
            {
                end--;
            }
            var span = new TextSpan(match.Index, end);
            if (span.Length > 4 && !(markup ??= new SpanIndex(markupLinks.Select(l => l.Span))).AnyOverlapping(span))
            {
                links.Add(new DocumentLink(span, text[span.Start..span.End], LinkMarkup.BareUrl, map.ToSource(span)));
            }
        }
        links.Sort((a, b) => a.Span.CompareTo(b.Span));
        return links;
    }

    private static int FirstAddressStart(string text)
    {
        var http = text.AsSpan().IndexOf("http", StringComparison.OrdinalIgnoreCase);
        var www = text.AsSpan(0, http < 0 ? text.Length : http).IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        return www >= 0 ? www : http;
    }

    // No address character before the address, then one run of address characters: linear on the backtracking engine
    // too (the non-backtracking one costs a cold start to build); a timeout guards it like the other generated
    // patterns. The look-behind lets the search jump to the next "http" or "www" instead of trying every position.
    [GeneratedRegex(@"(?<![\w@./-])(?<url>(?:https?://|www\.)[^\s<>""“”«»]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Url();
}
