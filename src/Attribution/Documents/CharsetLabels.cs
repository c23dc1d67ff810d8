using System.Globalization;
using System.Text;
using Attribution.Lexicon;

namespace Attribution.Documents;

/// <summary>An encoding as the WHATWG standard names it, with the .NET code page that decodes it.</summary>
/// <param name="Name">The standard's name in lower case: gbk, windows-1252, shift_jis.</param>
internal sealed record WebEncoding(string Name, int CodePage)
{
    public bool IsUtf8 => CodePage == Encoding.UTF8.CodePage;

    /// <summary>A decoder that throws on a byte sequence that fits no character.</summary>
    public Encoding Strict => Create(DecoderFallback.ExceptionFallback);

    /// <summary>A decoder that shows a byte sequence that fits no character as U+FFFD, as a browser does.</summary>
    public Encoding Lenient => Create(new DecoderReplacementFallback("\uFFFD"));

    private Encoding Create(DecoderFallback fallback) =>
        CodePagesEncodingProvider.Instance.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, fallback)
        ?? Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, fallback);
}

/// <summary>
/// Resolves a declared charset label the way a browser does: the WHATWG Encoding standard's labels
/// (<c>Lexicon/encoding-labels.txt</c>), so gb2312 means GBK, iso-8859-1 and ascii mean windows-1252, and a UTF-16
/// label in a page's meta element means UTF-8.
/// </summary>
internal static class CharsetLabels
{
    private static readonly Dictionary<string, (string Name, int CodePage)> Labels = ReadLabels();

    /// <summary>The encoding the label stands for, or null when the label names nothing this reader can decode.</summary>
    public static WebEncoding? Resolve(string label)
    {
        return Labels.TryGetValue(label.Trim(' ', '\t', '\n', '\f', '\r'), out var entry) ? new WebEncoding(entry.Name, entry.CodePage) : null;
    }

    /// <summary>Every label of the table, for tests that check each one resolves.</summary>
    public static IEnumerable<string> All => Labels.Keys;

    private static Dictionary<string, (string Name, int CodePage)> ReadLabels()
    {
        var labels = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.ReadLines("encoding-labels.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var codePage = int.Parse(head[1], CultureInfo.InvariantCulture);
            foreach (var label in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                labels.Add(label, (head[0], codePage));
            }
        }
        return labels;
    }
}
