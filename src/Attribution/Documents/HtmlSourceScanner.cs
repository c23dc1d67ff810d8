using AngleSharp.Html;

namespace Attribution.Documents;

/// <summary>
/// Reads the raw HTML source the way the tokenizer does, as far as mapping text back to it needs:
/// where markup (tags, comments, doctypes) ends and what a character reference stands for.
/// </summary>
internal sealed class HtmlSourceScanner(string source)
{
    // The longest entity name in the HTML table is 31 characters ("CounterClockwiseContourIntegral;").
    private const int MaxEntityNameLength = 32;

    public string Source { get; } = source;

    public int Length => Source.Length;

    /// <summary>True when a tag, comment or other markup begins at <paramref name="at"/> (a '&lt;' that is not plain text).</summary>
    public bool IsMarkupStart(int at)
    {
        if (at + 1 >= Source.Length || Source[at] != '<')
        {
            return false;
        }
        var next = Source[at + 1];
        return char.IsAsciiLetter(next) || next is '/' or '!' or '?';
    }

    /// <summary>The offset just after the markup that begins at <paramref name="at"/>; see <see cref="IsMarkupStart"/>.</summary>
    public int SkipMarkup(int at)
    {
        var next = Source[at + 1];
        if (char.IsAsciiLetter(next))
        {
            return SkipTag(at);
        }
        if (next == '/')
        {
            if (at + 2 < Source.Length && char.IsAsciiLetter(Source[at + 2]))
            {
                return SkipTag(at);
            }
            return SkipPast('>', at + 2);
        }
        if (next == '!' && string.CompareOrdinal(Source, at, "<!--", 0, 4) == 0)
        {
            return SkipComment(at + 4);
        }
        // Doctypes, processing instructions and CDATA outside foreign content are bogus comments: they end at the first '>'.
        return SkipPast('>', at + 2);
    }

    /// <summary>The offset just after the tag that begins at <paramref name="at"/>, respecting quoted attribute values.</summary>
    public int SkipTag(int at)
    {
        var i = at + 1;
        while (i < Source.Length)
        {
            var c = Source[i];
            if (c == '>')
            {
                return i + 1;
            }
            if (c == '=')
            {
                i++;
                while (i < Source.Length && IsHtmlWhitespace(Source[i]))
                {
                    i++;
                }
                if (i < Source.Length && Source[i] is '"' or '\'')
                {
                    var close = Source.IndexOf(Source[i], i + 1);
                    i = close < 0 ? Source.Length : close + 1;
                }
                continue;
            }
            i++;
        }
        return Source.Length;
    }

    /// <summary>
    /// The offset just after the end tag of a raw-text element (script, style, textarea…) whose content starts at
    /// <paramref name="contentStart"/>, or the end of the source when it is never closed.
    /// </summary>
    public int SkipRawText(int contentStart, string tagName)
    {
        var i = contentStart;
        while ((i = Source.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            if (IsTagNamed(i + 2, tagName))
            {
                return SkipTag(i);
            }
            i += 2;
        }
        return Source.Length;
    }

    /// <summary>The offset just after the end tag that closes an element whose content starts at <paramref name="contentStart"/>, counting nested elements of the same name.</summary>
    public int SkipNestedElement(int contentStart, string tagName)
    {
        var depth = 1;
        var i = contentStart;
        while ((i = Source.IndexOf('<', i)) >= 0)
        {
            if (!IsMarkupStart(i))
            {
                i++;
                continue;
            }
            var end = SkipMarkup(i);
            if (Source[i + 1] == '/' && IsTagNamed(i + 2, tagName) && --depth == 0)
            {
                return end;
            }
            if (IsTagNamed(i + 1, tagName))
            {
                depth++;
            }
            i = end;
        }
        return Source.Length;
    }

    /// <summary>True when the source at <paramref name="at"/> is a tag whose name is <paramref name="tagName"/> (the part after '&lt;' or '&lt;/').</summary>
    public bool IsTagNamed(int at, string tagName)
    {
        if (at + tagName.Length > Source.Length
            || string.Compare(Source, at, tagName, 0, tagName.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }
        var after = at + tagName.Length;
        return after == Source.Length || IsHtmlWhitespace(Source[after]) || Source[after] is '/' or '>';
    }

    /// <summary>
    /// Decodes the character reference at <paramref name="at"/> ('&amp;' followed by a name or number) as the tokenizer
    /// would in text, giving its text and where it ends. False when the '&amp;' is a literal ampersand.
    /// </summary>
    public bool TryDecodeCharacterReference(int at, out string text, out int end)
    {
        text = "";
        end = at;
        if (at + 1 >= Source.Length || Source[at] != '&')
        {
            return false;
        }
        return Source[at + 1] == '#' ? TryDecodeNumericReference(at, out text, out end) : TryDecodeNamedReference(at, out text, out end);
    }

    /// <summary>True when a numeric reference (&amp;#…) starts at <paramref name="at"/>: it always stands for exactly one code point.</summary>
    public bool IsNumericReference(int at, out int end)
    {
        end = at;
        if (at + 2 >= Source.Length || Source[at] != '&' || Source[at + 1] != '#')
        {
            return false;
        }
        var hex = Source[at + 2] is 'x' or 'X';
        var i = at + (hex ? 3 : 2);
        var digitsStart = i;
        while (i < Source.Length && (hex ? char.IsAsciiHexDigit(Source[i]) : char.IsAsciiDigit(Source[i])))
        {
            i++;
        }
        if (i == digitsStart)
        {
            return false;
        }
        end = i < Source.Length && Source[i] == ';' ? i + 1 : i;
        return true;
    }

    private bool TryDecodeNumericReference(int at, out string text, out int end)
    {
        text = "";
        if (!IsNumericReference(at, out end))
        {
            return false;
        }
        var hex = Source[at + 2] is 'x' or 'X';
        var digits = Source.AsSpan(at + (hex ? 3 : 2), end - at - (hex ? 3 : 2)).TrimEnd(';');
        var style = hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
        // Out-of-range, surrogate and NUL references become U+FFFD; the C1 remapping (&#150; → –) is left to the caller's tolerance.
        text = long.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32((int)value)
                : "\uFFFD";
        return true;
    }

    private bool TryDecodeNamedReference(int at, out string text, out int end)
    {
        text = "";
        end = at;
        var nameStart = at + 1;
        var i = nameStart;
        while (i < Source.Length && i - nameStart < MaxEntityNameLength && char.IsAsciiLetterOrDigit(Source[i]))
        {
            i++;
        }
        if (i == nameStart)
        {
            return false;
        }
        var resolver = HtmlEntityProvider.Resolver;
        if (i < Source.Length && Source[i] == ';')
        {
            var symbol = resolver.GetSymbol(Source.Substring(nameStart, i - nameStart + 1));
            if (symbol is not null)
            {
                text = symbol;
                end = i + 1;
                return true;
            }
        }
        // Without a semicolon only the legacy names (amp, lt, copy, not…) count, and the longest one that fits wins: "&notit" is "¬it".
        for (var nameEnd = i; nameEnd > nameStart; nameEnd--)
        {
            var symbol = resolver.GetSymbol(Source[nameStart..nameEnd]);
            if (symbol is not null)
            {
                text = symbol;
                end = nameEnd;
                return true;
            }
        }
        return false;
    }

    public static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private int SkipPast(char c, int from)
    {
        var at = from < Source.Length ? Source.IndexOf(c, from) : -1;
        return at < 0 ? Source.Length : at + 1;
    }

    private int SkipComment(int contentStart)
    {
        // "<!-->" and "<!--->" are complete (if abrupt) comments.
        if (contentStart < Source.Length && Source[contentStart] == '>')
        {
            return contentStart + 1;
        }
        if (contentStart + 1 < Source.Length && Source[contentStart] == '-' && Source[contentStart + 1] == '>')
        {
            return contentStart + 2;
        }
        var close = Source.IndexOf("-->", contentStart, StringComparison.Ordinal);
        var bangClose = Source.IndexOf("--!>", contentStart, StringComparison.Ordinal);
        if (close < 0 && bangClose < 0)
        {
            return Source.Length;
        }
        if (bangClose >= 0 && (close < 0 || bangClose < close))
        {
            return bangClose + 4;
        }
        return close + 3;
    }
}
