using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>
/// Splits analysed text into paragraphs (a line break ends one, except a soft wrap before a lower-case word)
/// and paragraphs into sentences (. ! ? and closing marks after them, but not the dot of Mr., Gen., U.S., Sept. or an initial).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> OtherAbbreviations = new(StringComparer.OrdinalIgnoreCase);

    // Looked up by the span of the text before a dot: no string per full stop.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviationSpans = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherAbbreviationSpans = OtherAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    static SentenceSplitter()
    {
        foreach (var line in LexiconResource.ReadLines("abbreviations.txt"))
        {
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                TitleAbbreviations.Add(line[6..]);
            }
            else
            {
                OtherAbbreviations.Add(line);
            }
        }
    }

    public static (IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences) Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        foreach (var span in FindParagraphs(text))
        {
            var paragraph = new Paragraph(paragraphs.Count, span) { FirstSentence = sentences.Count };
            AddSentences(text, paragraph, sentences);
            paragraph.SentenceCount = sentences.Count - paragraph.FirstSentence;
            paragraphs.Add(paragraph);
        }
        return (paragraphs, sentences);
    }

    public static IEnumerable<TextSpan> FindParagraphs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (text[i] != '\n' || IsSoftWrap(text, i)))
            {
                continue;
            }
            var span = Trim(text, new TextSpan(start, i));
            if (!span.IsEmpty)
            {
                yield return span;
            }
            start = i + 1;
        }
    }

    /// <summary>A single line break between a line that does not end a sentence and one that starts in lower case.</summary>
    private static bool IsSoftWrap(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }
        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }
        return before >= 0 && after < text.Length
            && char.IsLower(text[after])
            && !(text[before] is '.' or '!' or '?' or ':' or '\n');
    }

    /// <summary>
    /// A run of text this long with no sentence end (a transcript without full stops, a list run together) is cut at
    /// the next space: reading a sentence costs more than its length, and real sentences are far shorter.
    /// </summary>
    public const int MaxSentenceLength = 3_000;

    private static readonly System.Buffers.SearchValues<char> SentenceEndMarks = System.Buffers.SearchValues.Create(".!?…");

    /// <summary>Adds the sentences of a paragraph to the document's list (a method, not an iterator: one object fewer per paragraph).</summary>
    private static void AddSentences(string text, Paragraph paragraph, List<Sentence> sentences)
    {
        var start = paragraph.Span.Start;
        var end = paragraph.Span.End;
        var i = start;
        while (i < end)
        {
            if (i - start < MaxSentenceLength)
            {
                // Short of the longest sentence only a sentence end can end it: straight to the next candidate.
                var limit = Math.Min(end, start + MaxSentenceLength);
                var toEnd = text.AsSpan(i, limit - i).IndexOfAny(SentenceEndMarks);
                if (toEnd < 0)
                {
                    i = limit;
                    continue;
                }
                i += toEnd;
            }
            var c = text[i];
            var next = i + 1;
            if ((c is '.' or '!' or '?' or '…' && IsSentenceEnd(text, i, end, out next))
                || (i - start >= MaxSentenceLength && char.IsWhiteSpace(c)))
            {
                var span = Trim(text, new TextSpan(start, next));
                if (!span.IsEmpty)
                {
                    sentences.Add(new Sentence(sentences.Count, span, paragraph.Index));
                }
                start = next;
                i = next;
                continue;
            }
            i++;
        }
        var last = Trim(text, new TextSpan(start, end));
        if (!last.IsEmpty)
        {
            sentences.Add(new Sentence(sentences.Count, last, paragraph.Index));
        }
    }

    private static bool IsSentenceEnd(string text, int at, int end, out int next)
    {
        next = at + 1;
        // Runs of terminators (?!, ...) count once, at their end.
        while (next < end && text[next] is '.' or '!' or '?' or '…')
        {
            next++;
        }
        var terminator = text[at];
        // Closing quotation marks and brackets belong to the sentence they end.
        while (next < end && (text[next] is '”' or '’' or '"' or '\'' or ')' or ']' or '»'))
        {
            next++;
        }
        if (next >= end)
        {
            return true;
        }
        var following = text[next];
        if (!char.IsWhiteSpace(following))
        {
            // A missing space: "worldwide.Pakistan" ends a sentence; "U.S.A" or "2.5" does not.
            return terminator == '.' && char.IsUpper(following)
                && next + 1 < end && char.IsLower(text[next + 1])
                && at >= 2 && char.IsLower(text[at - 1]) && char.IsLower(text[at - 2]);
        }
        var wordStart = next;
        while (wordStart < end && char.IsWhiteSpace(text[wordStart]))
        {
            wordStart++;
        }
        if (wordStart >= end)
        {
            return true;
        }
        var nextChar = text[wordStart];
        var opensSentence = char.IsUpper(nextChar) || char.IsDigit(nextChar)
            || nextChar is '“' or '"' or '‘' or '(' or '[' or '•' or '-' or '–' or '—'
            || nextChar == '\'' && wordStart + 1 < end && (text[wordStart + 1] == '\'' || char.IsUpper(text[wordStart + 1]));
        if (!opensSentence)
        {
            return false;
        }
        if (terminator is '.' or '…' && text[at] == '.' && next == at + 1)
        {
            var word = WordBefore(text, at);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false; // an initial: George W. Bush
            }
            if (TitleAbbreviationSpans.Contains(word))
            {
                return false;
            }
            if (OtherAbbreviationSpans.Contains(word))
            {
                return Lexicons.SentenceOpeners.Contains(NextWord(text, wordStart, end));
            }
        }
        if (terminator == '…' || (at + 2 < end && text[at] == '.' && text[at + 1] == '.'))
        {
            return char.IsUpper(nextChar) && Lexicons.SentenceOpeners.Contains(NextWord(text, wordStart, end));
        }
        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == '\''))
        {
            start--;
        }
        return text.AsSpan(start, dot - start);
    }

    private static ReadOnlySpan<char> NextWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }
        return text.AsSpan(start, i - start);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }
}
