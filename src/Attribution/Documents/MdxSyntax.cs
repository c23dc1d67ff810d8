using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// Finds the parts of an MDX file that are code rather than Markdown, so that the rest can be read as Markdown:
/// <list type="bullet">
/// <item><c>import</c> and <c>export</c> statements (each runs to the next blank line, as in MDX);</item>
/// <item>lines that start with a JSX tag (an opening tag may run over several lines; text after a tag on the
/// same line goes with it), and <c>{…}</c> expression blocks. The Markdown between an opening and a closing tag
/// on lines of their own stays: MDX reads it as Markdown too.</item>
/// </list>
/// Fenced code blocks are left alone. This is a line-based approximation of MDX, not a JavaScript parser.
/// </summary>
internal static class MdxSyntax
{
    /// <summary>Source ranges of whole lines to leave out, found from <paramref name="start"/> on.</summary>
    public static IReadOnlyList<TextSpan> FindCode(string text, int start)
    {
        var ranges = new List<TextSpan>();
        string? fence = null;
        var position = start;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var line = text[position..lineEnd];
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;

            if (fence is not null)
            {
                if (indent < 4 && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }
                position = NextLine(text, lineEnd);
                continue;
            }
            if (indent < 4 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
                position = NextLine(text, lineEnd);
                continue;
            }

            int end;
            if (indent == 0 && IsEsm(line))
            {
                end = EndOfParagraph(text, position);
            }
            else if (indent < 4 && trimmed.StartsWith('<') && JsxTagsEnd(text, position + indent) is { } tagsEnd)
            {
                end = tagsEnd;
            }
            else if (indent < 4 && trimmed.StartsWith('{') && ExpressionEnd(text, position + indent) is { } expressionEnd)
            {
                end = LineEnd(text, expressionEnd);
            }
            else
            {
                position = NextLine(text, lineEnd);
                continue;
            }
            ranges.Add(new TextSpan(position, end));
            position = NextLine(text, end);
        }
        return ranges;
    }

    private static bool IsEsm(string line) =>
        (line.StartsWith("import", StringComparison.Ordinal) || line.StartsWith("export", StringComparison.Ordinal))
        && line.Length > 6 && line[6] is ' ' or '\t' or '{' or '*';

    /// <summary>
    /// Where the line ends when JSX tags starting at <paramref name="start"/> fill the rest of it (the last tag may
    /// end on a later line); null when text follows a tag, which makes the tags inline, or when there is no tag.
    /// </summary>
    private static int? JsxTagsEnd(string text, int start)
    {
        var position = start;
        while (JsxTagEnd(text, position) is { } tagEnd)
        {
            position = tagEnd;
            while (position < text.Length && text[position] is ' ' or '\t')
            {
                position++;
            }
            if (position == text.Length || text[position] is '\r' or '\n')
            {
                return position;
            }
            if (text[position] != '<')
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The offset just past a JSX tag (opening, closing, self-closing or fragment) that starts at <paramref name="start"/>, or null.</summary>
    private static int? JsxTagEnd(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }
        if (i < text.Length && text[i] == '>')
        {
            return i + 1;
        }
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            return null;
        }
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or ':' or '-' or '_'))
        {
            i++;
        }
        if (i >= text.Length || !(char.IsWhiteSpace(text[i]) || text[i] is '>' or '{' || (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>')))
        {
            return null;
        }
        var depth = 0;
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'' or '`':
                    var close = text.IndexOf(text[i], i + 1);
                    if (close < 0)
                    {
                        return null;
                    }
                    i = close;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case '>' when depth == 0:
                    return i + 1;
            }
        }
        return null;
    }

    /// <summary>The offset just past the balanced <c>{…}</c> that starts at <paramref name="start"/>, or null.</summary>
    private static int? ExpressionEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    var commentEnd = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (commentEnd < 0)
                    {
                        return null;
                    }
                    i = commentEnd + 1;
                    break;
                case '"' or '\'' or '`':
                    var close = text.IndexOf(text[i], i + 1);
                    if (close < 0)
                    {
                        return null;
                    }
                    i = close;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }
                    break;
            }
        }
        return null;
    }

    /// <summary>The end of the last non-blank line of the run of lines that starts at <paramref name="start"/>.</summary>
    private static int EndOfParagraph(string text, int start)
    {
        var end = LineEnd(text, start);
        var next = NextLine(text, end);
        while (next < text.Length)
        {
            var nextEnd = LineEnd(text, next);
            if (string.IsNullOrWhiteSpace(text[next..nextEnd]))
            {
                break;
            }
            end = nextEnd;
            next = NextLine(text, nextEnd);
        }
        return end;
    }

    /// <summary>The end of the line holding <paramref name="position"/>, before its line ending.</summary>
    private static int LineEnd(string text, int position)
    {
        var newline = text.IndexOf('\n', position);
        if (newline < 0)
        {
            return text.Length;
        }
        return newline > position && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static int NextLine(string text, int lineEnd)
    {
        var newline = text.IndexOf('\n', lineEnd);
        return newline < 0 ? text.Length : newline + 1;
    }
}
