using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// Plain text: the analysed text is the file itself, up to any comment section at its end. A first short line
/// that stands alone before a blank line and either has no final full stop or is written in title case is the headline.
/// </summary>
public sealed class PlainTextDocumentReader : IDocumentReader
{
    /// <summary>The longest first line that is still taken for a headline.</summary>
    public const int MaxHeadlineLength = 150;

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public Document Read(string path, string content)
    {
        var end = ArticleBoundary.FindEnd(content);
        while (end > 0 && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }
        // White space alone after the last word is no reason to copy the whole file: the text is then the file's own string.
        var text = end == content.Length || content.AsSpan(end).IsWhiteSpace() ? content : content[..end];
        return new Document(path, new SourceText(content), text, OffsetMap.Identity(text.Length, 0, content.Length))
        {
            Headline = FindHeadline(text),
        };
    }

    /// <summary>The first line, when it is short, stands alone before a blank line with more text after it, and looks like a title.</summary>
    public static TextSpan? FindHeadline(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            return null;
        }
        var end = lineEnd;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end == start || end - start > MaxHeadlineLength)
        {
            return null;
        }
        // A blank line, then more text.
        var next = lineEnd + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }
        if (next >= text.Length || text[next] != '\n' || text.AsSpan(next).Trim().IsEmpty)
        {
            return null;
        }
        var line = text.AsSpan(start, end - start);
        var fullStop = line[^1] == '.' && !(line.Length >= 2 && line[^2] == '.');
        return !fullStop || IsTitleCase(line.ToString()) ? new TextSpan(start, end) : null;
    }

    /// <summary>Most words other than articles, conjunctions and short prepositions start with a capital.</summary>
    private static bool IsTitleCase(string line)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var raw in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('“', '”', '"', '‘', '’', '\'', '(', ')', ',', ':', ';', '.', '!', '?', '—', '–');
            if (word.Length == 0 || !char.IsLetter(word[0]) || Lexicons.TitleMinorWords.Contains(word))
            {
                continue;
            }
            words++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
        }
        return words >= 2 && capitalised * 4 >= words * 3;
    }
}
