using System.Text.RegularExpressions;
using Attribution.Lexicon;

namespace Attribution.Documents;

/// <summary>Finds where the article ends and a page's tail (reader comments, reply forms) begins.</summary>
public static class ArticleBoundary
{
    private static readonly Regex[] TailStarts =
        [.. LexiconResource.ReadLines("boilerplate.txt").Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))];

    /// <summary>The offset at which the article's tail begins, or the text's length when it has none.</summary>
    public static int FindEnd(string text)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var line = text[lineStart..lineEnd].Trim();
            if (line.Length > 0 && Array.Exists(TailStarts, r => r.IsMatch(line)))
            {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return text.Length;
    }

    /// <summary>True when a line of text, on its own, opens a page's tail.</summary>
    public static bool IsTailStart(string line) => Array.Exists(TailStarts, r => r.IsMatch(line.Trim()));
}
