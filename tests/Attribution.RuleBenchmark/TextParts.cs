using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>Plain-text facts the injectors need, computed from the text alone so that where an error is placed does not depend on what the checker reads.</summary>
public static class TextParts
{
    /// <summary>The paragraphs of a text: runs of lines between blank lines, without their line breaks at the ends.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }
            var trimmedStart = start;
            while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart]))
            {
                trimmedStart++;
            }
            if (trimmedEnd > trimmedStart)
            {
                paragraphs.Add(new TextSpan(trimmedStart, trimmedEnd));
            }
            start = end + 2;
        }
        return paragraphs;
    }

    /// <summary>The paragraph holding <paramref name="position"/>, or null.</summary>
    public static int ParagraphIndexOf(IReadOnlyList<TextSpan> paragraphs, int position)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Start <= position && position < paragraphs[i].End)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The words of a content that is one whole quotation on one line, without its marks; null for any other content.</summary>
    public static string? WholeQuotation(string text, TextSpan content) =>
        QuotationInner(text, content) is { } inner ? text.Substring(inner.Start, inner.Length) : null;

    /// <summary>The words between the marks of a content that is one whole quotation on one line; null for any other content.</summary>
    public static TextSpan? QuotationInner(string text, TextSpan content)
    {
        var start = content.Start;
        var end = content.End;
        if (start > 0 && IsOpeningMark(text[start - 1]))
        {
            start--;
        }
        if (end < text.Length && IsClosingMark(text[end]))
        {
            end++;
        }
        if (end - start < 3 || !IsOpeningMark(text[start]) || !IsClosingMark(text[end - 1]))
        {
            return null;
        }
        var inner = new TextSpan(start + 1, end - 1);
        var words = text.AsSpan(inner.Start, inner.Length);
        return words.IndexOfAny("“”\"\n") >= 0 ? null : inner;
    }

    public static bool IsOpeningMark(char c) => c is '“' or '"';

    public static bool IsClosingMark(char c) => c is '”' or '"';

    public static bool IsQuotationMark(char c) => c is '“' or '”' or '"';

    public static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// Misspells a word by one edit at an inner letter (never the first or the last): drop, double, swap with
    /// the next letter, or put another letter in its place.
    /// </summary>
    public static string Misspell(string word, Random random, out string how)
    {
        var inner = random.Next(1, word.Length - 1);
        switch (random.Next(4))
        {
            case 0:
                how = $"dropped '{word[inner]}'";
                return word.Remove(inner, 1);
            case 1:
                how = $"doubled '{word[inner]}'";
                return word.Insert(inner, word[inner].ToString());
            case 2:
                inner = Math.Min(inner, word.Length - 3);
                how = $"swapped '{word[inner]}{word[inner + 1]}'";
                return string.Concat(word.AsSpan(0, inner), word[inner + 1].ToString(), word[inner].ToString(), word.AsSpan(inner + 2));
            default:
                var letter = (char)('a' + random.Next(26));
                if (letter == char.ToLowerInvariant(word[inner]))
                {
                    letter = letter == 'z' ? 'a' : (char)(letter + 1);
                }
                how = $"'{word[inner]}' written '{letter}'";
                return string.Concat(word.AsSpan(0, inner), char.IsUpper(word[inner]) ? char.ToUpperInvariant(letter).ToString() : letter.ToString(), word.AsSpan(inner + 1));
        }
    }
}
