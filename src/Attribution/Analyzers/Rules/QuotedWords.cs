using Attribution.Text;

namespace Attribution.Analyzers.Rules;

/// <summary>
/// The first or last few words of a stretch of text, for a message to name what it is about
/// ("The quotation 'Monday is the only afternoon …'"). Line breaks become spaces; a cut is marked with an ellipsis.
/// </summary>
internal static class QuotedWords
{
    public const int DefaultCount = 6;

    /// <summary>The first words of the span, up to the end of its paragraph.</summary>
    public static string First(string text, TextSpan span, int count = DefaultCount)
    {
        var words = Words(text, span);
        return words.Count <= count ? string.Join(' ', words) : string.Join(' ', words.Take(count)) + " …";
    }

    /// <summary>The last words of the span, from the start of its paragraph.</summary>
    public static string Last(string text, TextSpan span, int count = DefaultCount)
    {
        var words = Words(text, span);
        return words.Count <= count ? string.Join(' ', words) : "… " + string.Join(' ', words.Skip(words.Count - count));
    }

    /// <summary>The words after an offset, within its paragraph.</summary>
    public static string After(string text, int offset, int count = DefaultCount)
    {
        var end = text.IndexOf("\n\n", offset, StringComparison.Ordinal);
        return First(text, new TextSpan(offset, end < 0 ? text.Length : end), count);
    }

    /// <summary>The words before an offset, within its paragraph.</summary>
    public static string Before(string text, int offset, int count = DefaultCount)
    {
        var start = offset == 0 ? -1 : text.LastIndexOf("\n\n", offset - 1, StringComparison.Ordinal);
        return Last(text, new TextSpan(start < 0 ? 0 : start + 2, offset), count);
    }

    private static List<string> Words(string text, TextSpan span) =>
        [.. text.Substring(span.Start, span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
}
