using System.Text;

namespace Attribution.Documents;

/// <summary>
/// Finds the charset an HTML file declares in its first bytes, the way a browser's prescan does (WHATWG
/// "prescan a byte stream to determine its encoding", simplified): <c>&lt;meta charset=…&gt;</c>, or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>. Comments are skipped.
/// </summary>
internal static class HtmlCharsetDeclaration
{
    /// <summary>The declared charset label as written (trimmed), or null when there is none.</summary>
    public static string? Find(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }
                i = close + 3;
            }
            else if (IsMetaStart(text, i))
            {
                var attributes = ReadAttributes(text, ref i);
                var label = CharsetOf(attributes);
                if (label is not null)
                {
                    return label;
                }
            }
            else if (text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                var close = text.IndexOf('>', i + 1);
                if (close < 0)
                {
                    return null;
                }
                i = close + 1;
            }
            else
            {
                i++;
            }
        }
        return null;
    }

    private static bool IsMetaStart(string text, int i) =>
        i + 6 <= text.Length
        && string.Compare(text, i, "<meta", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
        && (IsSpace(text[i + 5]) || text[i + 5] == '/');

    private static string? CharsetOf(Dictionary<string, string> attributes)
    {
        if (attributes.TryGetValue("charset", out var charset))
        {
            return charset.Trim().Length > 0 ? charset.Trim() : null;
        }
        if (attributes.TryGetValue("http-equiv", out var httpEquiv)
            && httpEquiv.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase)
            && attributes.TryGetValue("content", out var content))
        {
            return CharsetFromContentType(content);
        }
        return null;
    }

    /// <summary>The charset parameter of a Content-Type value such as <c>text/html; charset=windows-1252</c>.</summary>
    internal static string? CharsetFromContentType(string content)
    {
        var at = 0;
        while (true)
        {
            at = content.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }
            at += "charset".Length;
            while (at < content.Length && IsSpace(content[at]))
            {
                at++;
            }
            if (at < content.Length && content[at] == '=')
            {
                break;
            }
        }
        at++;
        while (at < content.Length && IsSpace(content[at]))
        {
            at++;
        }
        if (at >= content.Length)
        {
            return null;
        }
        int end;
        if (content[at] is '"' or '\'')
        {
            var quote = content[at];
            at++;
            end = content.IndexOf(quote, at);
            if (end < 0)
            {
                return null;
            }
        }
        else
        {
            end = at;
            while (end < content.Length && !IsSpace(content[end]) && content[end] != ';')
            {
                end++;
            }
        }
        var label = content[at..end].Trim();
        return label.Length > 0 ? label : null;
    }

    /// <summary>Reads a tag's attributes (lower-case names; the first occurrence of a name wins) and moves past the tag.</summary>
    private static Dictionary<string, string> ReadAttributes(string text, ref int i)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        i += 5;
        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            if (text[i] == '>')
            {
                i++;
                break;
            }
            var nameStart = i;
            while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('=' or '>' or '/'))
            {
                i++;
            }
            var name = text[nameStart..i].ToLowerInvariant();
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }
            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var close = text.IndexOf(quote, i + 1);
                    var end = close < 0 ? text.Length : close;
                    value = text[(i + 1)..end];
                    i = Math.Min(text.Length, end + 1);
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }
                    value = text[valueStart..i];
                }
            }
            if (name.Length > 0)
            {
                attributes.TryAdd(name, value);
            }
        }
        return attributes;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
