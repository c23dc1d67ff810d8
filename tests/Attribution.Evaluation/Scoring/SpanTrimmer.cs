using Attribution.Text;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Trims what the exact criterion ignores at both edges of every fragment: white space, quotation marks
/// (“ ” " ‘ ’ ') and edge punctuation (, . ; : ! ? — – -). Marks inside a fragment are kept.
/// </summary>
public static class SpanTrimmer
{
    private const string EdgeCharacters = "“”\"‘’',.;:!?—–-";

    public static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || EdgeCharacters.Contains(c, StringComparison.Ordinal);

    public static TextSpan Trim(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = span.Start;
        var end = span.End;
        while (start < end && IsTrimmed(text[start]))
        {
            start++;
        }
        while (end > start && IsTrimmed(text[end - 1]))
        {
            end--;
        }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The positions left once each fragment is trimmed on its own.</summary>
    public static SpanSet Trim(string text, IEnumerable<TextSpan> fragments) =>
        SpanSet.From(fragments.Select(fragment => Trim(text, fragment)));
}
