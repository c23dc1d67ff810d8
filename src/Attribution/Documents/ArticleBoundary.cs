using System.Text.RegularExpressions;
using Attribution.Lexicon;

namespace Attribution.Documents;

/// <summary>Finds where the article ends and a page's tail (reader comments, reply forms) begins.</summary>
public static class ArticleBoundary
{
    // The interpreter, not the non-backtracking engine: building these for that engine cost more than the check of a
    // small article, on every run. Each pattern is anchored to a whole line, and the timeout bounds it on hostile input.
    private static readonly Regex[] TailStarts =
        [.. LexiconResource.ReadLines("boilerplate.txt").Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)))];

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
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.Length > 0 && StartsTail(line))
            {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return text.Length;
    }

    /// <summary>True when a line of text, on its own, opens a page's tail.</summary>
    public static bool IsTailStart(string line) => StartsTail(line.AsSpan().Trim());

    private static bool StartsTail(ReadOnlySpan<char> trimmedLine)
    {
        foreach (var pattern in TailStarts)
        {
            if (pattern.IsMatch(trimmedLine))
            {
                return true;
            }
        }
        return false;
    }
}
