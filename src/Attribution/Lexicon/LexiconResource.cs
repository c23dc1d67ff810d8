using System.Reflection;

namespace Attribution.Lexicon;

/// <summary>Reads the word lists embedded in the library: one entry per line, '#' starts a comment.</summary>
public static class LexiconResource
{
    public static IReadOnlyList<string> ReadLines(string name)
    {
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream($"Attribution.Lexicon.{name}")
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in the library.");
        return ParseLines(new StreamReader(stream).ReadToEnd());
    }

    public static IReadOnlyList<string> ParseLines(string content)
    {
        var lines = new List<string>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            lines.Add(line);
        }
        return lines;
    }

    internal static Assembly Assembly => typeof(LexiconResource).Assembly;
}
