using System.Buffers;
using System.Reflection;
using System.Text;

namespace Attribution.Lexicon;

/// <summary>Reads the word lists embedded in the library: one entry per line, '#' starts a comment.</summary>
public static class LexiconResource
{
    /// <summary>Larger than the largest list the library embeds.</summary>
    private const int PooledBytes = 16 * 1024;

    public static IReadOnlyList<string> ReadLines(string name)
    {
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream($"Attribution.Lexicon.{name}")
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in the library.");
        // The lists are read at every start: the bytes are decoded as UTF-8 into pooled buffers, and only the kept
        // lines become strings, instead of a reader's buffers, the whole text and every line as garbage.
        var length = checked((int)stream.Length);
        // One size for every list, so that all of them share one pooled buffer of each kind.
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, PooledBytes));
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxCharCount(length), PooledBytes));
        try
        {
            stream.ReadExactly(bytes, 0, length);
            var content = bytes.AsSpan(0, length);
            if (content.StartsWith(Encoding.UTF8.Preamble))
            {
                content = content[Encoding.UTF8.Preamble.Length..];
            }
            return ParseLines(chars.AsSpan(0, Encoding.UTF8.GetChars(content, chars)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static IReadOnlyList<string> ParseLines(string content) => ParseLines(content.AsSpan());

    private static List<string> ParseLines(ReadOnlySpan<char> content)
    {
        var lines = new List<string>();
        foreach (var range in content.Split('\n'))
        {
            var line = content[range].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    internal static Assembly Assembly => typeof(LexiconResource).Assembly;
}
