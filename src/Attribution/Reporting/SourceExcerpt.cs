using System.Globalization;
using System.Text;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>
/// The source line a span starts on, trimmed around the span when it is long, with the span's place in it
/// (UTF-16 offsets into <see cref="Text"/>). A span that goes on past its first line is cut at the line's end.
/// </summary>
public sealed record SourceExcerpt(int Line, string Text, int SpanStart, int SpanEnd)
{
    /// <summary>Longest excerpt in UTF-16 code units, ellipses included: what a terminal shows without wrapping.</summary>
    public const int MaxLength = 100;

    /// <summary>How much of the line before the span is kept when the line is trimmed.</summary>
    private const int LeadingContext = 30;

    /// <summary>How far a cut may move to fall between words rather than inside one.</summary>
    private const int WordSnap = 12;

    private const char Ellipsis = '…';

    public static SourceExcerpt Of(SourceText source, TextSpan span)
    {
        var line = source.GetLinePosition(span.Start).Line;
        var (lineStart, lineEnd) = LineBounds(source.Text, span.Start);
        var start = span.Start - lineStart;
        var end = Math.Min(span.End, lineEnd) - lineStart;
        var text = source.Text[lineStart..lineEnd];
        if (text.Length <= MaxLength)
        {
            return new SourceExcerpt(line, text, start, Math.Max(start, end));
        }
        // Keep some words before the span and as much of the span and what follows as fits.
        var from = Math.Max(0, start - LeadingContext);
        var to = Math.Min(text.Length, from + MaxLength - 2);
        if (to == text.Length)
        {
            from = Math.Max(0, to - (MaxLength - 2));
        }
        from = AvoidSplitSurrogate(text, WordStartAfter(text, from, start));
        to = AvoidSplitSurrogate(text, WordEndBefore(text, to, end));
        var prefix = from > 0 ? Ellipsis.ToString() : "";
        var suffix = to < text.Length ? Ellipsis.ToString() : "";
        var trimmed = prefix + text[from..to] + suffix;
        var shift = prefix.Length - from;
        var spanStart = start + shift;
        var spanEnd = Math.Min(end, to) + shift;
        return new SourceExcerpt(line, trimmed, spanStart, Math.Max(spanStart, spanEnd));
    }

    /// <summary>A cut moved forward to the start of a word, when one starts a little after it and before the span.</summary>
    private static int WordStartAfter(string text, int cut, int spanStart)
    {
        if (cut == 0)
        {
            return cut;
        }
        for (var i = cut; i < Math.Min(spanStart, cut + WordSnap); i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return cut;
    }

    /// <summary>A cut moved back to the end of a word, when one ends a little before it and after the span.</summary>
    private static int WordEndBefore(string text, int cut, int spanEnd)
    {
        if (cut == text.Length)
        {
            return cut;
        }
        for (var i = cut; i > Math.Max(spanEnd, cut - WordSnap); i--)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }
        return cut;
    }

    /// <summary>The line around an offset, without its line break.</summary>
    private static (int Start, int End) LineBounds(string text, int offset)
    {
        var start = Math.Min(offset, text.Length);
        while (start > 0 && !IsLineBreak(text[start - 1]))
        {
            start--;
        }
        var end = Math.Min(offset, text.Length);
        while (end < text.Length && !IsLineBreak(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static int AvoidSplitSurrogate(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

    /// <summary>
    /// The excerpt as a terminal shows it, and the caret line under its span: tabs become spaces, control
    /// characters a visible replacement, and wide (East Asian, emoji) and zero-width characters count as the
    /// columns they take, so the carets stand under the span.
    /// </summary>
    public (string Line, string Carets) Render()
    {
        var line = new StringBuilder();
        var carets = new StringBuilder();
        var column = 0;
        for (var i = 0; i < Text.Length;)
        {
            var rune = Rune.GetRuneAt(Text, i);
            var inSpan = i >= SpanStart && i < SpanEnd;
            string shown;
            int width;
            if (rune.Value == '\t')
            {
                width = 4 - (column % 4);
                shown = new string(' ', width);
            }
            else if (Rune.IsControl(rune))
            {
                shown = "\uFFFD";
                width = 1;
            }
            else
            {
                shown = rune.ToString();
                width = DisplayWidth(rune);
            }
            line.Append(shown);
            carets.Append(inSpan ? '^' : ' ', width);
            column += width;
            i += rune.Utf16SequenceLength;
        }
        if (SpanEnd == SpanStart || carets.ToString().Trim().Length == 0)
        {
            // An empty span (an insertion point), or a span of zero-width characters: point at where it is.
            carets.Clear().Append(' ', DisplayWidthOf(Text[..Math.Min(SpanStart, Text.Length)])).Append('^');
        }
        return (line.ToString(), carets.ToString().TrimEnd());
    }

    private static int DisplayWidthOf(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value == '\t' ? 4 - (width % 4) : Rune.IsControl(rune) ? 1 : DisplayWidth(rune);
        }
        return width;
    }

    /// <summary>Columns a character takes in a monospaced terminal: 0 for combining and invisible ones, 2 for wide ones.</summary>
    public static int DisplayWidth(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }
        var v = rune.Value;
        var wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
