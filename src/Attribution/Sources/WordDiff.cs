using DiffPlex;
using DiffPlex.Chunkers;

namespace Attribution.Sources;

/// <summary>
/// Where two wordings of a quotation differ, as one hunk of words: the article's wording (<see cref="Removed"/>) and
/// the source's (<see cref="Added"/>), each from a few words before the first difference to a few after the last,
/// as the texts spell them (case and punctuation kept, whitespace collapsed).
/// </summary>
public sealed record WordDiff(string Removed, string Added)
{
    private const int Context = 3;

    /// <summary>The hunk as two lines, <c>-</c> then <c>+</c>.</summary>
    public IReadOnlyList<string> Lines => [$"-{Removed}", $"+{Added}"];

    /// <summary>The difference between the words of <paramref name="article"/> and the words <paramref name="range"/> of <paramref name="source"/>.</summary>
    public static WordDiff Between(string articleText, SourceWords article, string sourceText, SourceWords source, WordRange range)
    {
        var blocks = Words(article.Words, source.Words.Skip(range.Start).Take(range.Count)).DiffBlocks;
        if (blocks.Count == 0)
        {
            return new WordDiff(Spelt(articleText, article, 0, article.Count), Spelt(sourceText, source, range.Start, range.Count));
        }
        var first = blocks[0];
        var last = blocks[^1];
        var oldFrom = Math.Max(0, first.DeleteStartA - Context);
        var oldTo = Math.Min(article.Count, last.DeleteStartA + last.DeleteCountA + Context);
        var newFrom = Math.Max(0, first.InsertStartB - Context);
        var newTo = Math.Min(range.Count, last.InsertStartB + last.InsertCountB + Context);
        return new WordDiff(Spelt(articleText, article, oldFrom, oldTo - oldFrom), Spelt(sourceText, source, range.Start + newFrom, newTo - newFrom));
    }

    /// <summary>DiffPlex's difference between two sequences of words, word by word.</summary>
    public static DiffPlex.Model.DiffResult Words(IEnumerable<string> oldWords, IEnumerable<string> newWords) =>
        // One word a line, so that the line differ compares words.
        Differ.Instance.CreateDiffs(string.Join('\n', oldWords), string.Join('\n', newWords), false, false, LineChunker.Instance);

    /// <summary>The words from <paramref name="start"/> as the text spells them, with what stands between them, whitespace collapsed.</summary>
    public static string Spelt(string text, SourceWords words, int start, int count)
    {
        if (count <= 0)
        {
            return "";
        }
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                var gap = text.AsSpan(words.Spans[i - 1].End, Math.Max(0, words.Spans[i].Start - words.Spans[i - 1].End));
                builder.Append(Collapse(gap));
            }
            builder.Append(text.AsSpan(words.Spans[i].Start, words.Spans[i].Length));
        }
        return builder.ToString();
    }

    /// <summary>What separates two words, with any run of whitespace (a line break too) as one space.</summary>
    private static string Collapse(ReadOnlySpan<char> gap)
    {
        var builder = new System.Text.StringBuilder();
        var space = false;
        foreach (var c in gap)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        if (space || builder.Length == 0)
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }
}
