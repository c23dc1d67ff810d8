using System.Buffers;
using System.Reflection;
using System.Text;

namespace Attribution.Lexicon;

/// <summary>Reads the word lists embedded in the library: one entry per line, '#' starts a comment.</summary>
public static class LexiconResource
{
    public static IReadOnlyList<string> ReadLines(string name)
    {
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream($"Attribution.Lexicon.{name}")
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in the library.");
        return ParseLines(ReadText(stream));
    }

    public static IReadOnlyList<string> ParseLines(string content) => ParseLines(content.AsSpan());

    /// <summary>
    /// Only the kept lines become strings: the lists are read at every start, and splitting the whole text into
    /// strings first made most of what loading them allocated.
    /// </summary>
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

    /// <summary>The resource's text as UTF-8, decoded in one step from a pooled buffer instead of through a reader's buffers.</summary>
    private static string ReadText(Stream stream)
    {
        var length = checked((int)stream.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(buffer, 0, length);
            var bytes = buffer.AsSpan(0, length);
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static Assembly Assembly => typeof(LexiconResource).Assembly;
}
