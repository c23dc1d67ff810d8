using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// Dates a role claim from the text around it:
/// <list type="bullet">
/// <item>former, ex-, then-, late, onetime, retired make it past; -elect, incoming, future, would-be and
/// "a President Clinton" make it future (neither is compared with anything);</item>
/// <item>"once" or "at the time" just before the title, or a decade ("the 1990s") in its sentence make it past;</item>
/// <item>a year in its sentence (the nearest one before it, else the only one) dates it; "last year" is the
/// year before the article's; several years in the sentence, all after it, leave it unknown;</item>
/// <item>else a year that opens a time phrase earlier in its paragraph ("In 2012, …") dates it;</item>
/// <item>else it speaks of the article's present (the article's date, where the input gives one).</item>
/// </list>
/// </summary>
public sealed partial class TimeAnchors(SyntaxTree syntax, int? articleYear = null)
{
    private readonly Dictionary<int, IReadOnlyList<(int Offset, int Year, bool Framing)>> _yearsBySentence = [];
    private int?[]? _framingBefore;

    // The lookahead rules out the non-backtracking engine; the timeout bounds it on hostile input.
    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b(?!\s*(?:million|billion|people|troops|soldiers|%|votes|delegates|members|dollars|residents|hours|times))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex YearPattern();

    // These two run on the backtracking engine, compiled by the source generator: building them for the
    // non-backtracking engine costs a run's start-up more than checking a small article. Neither can backtrack more
    // than one run of white space; the timeout bounds them all the same.
    [GeneratedRegex(@"(?:\b(?:1[89]|20)\d0s|'[0-9]0s)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PastPattern();

    [GeneratedRegex(@"\blast\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LastYearPattern();

    public TimeAnchor For(Mention mention, TitleMention title)
    {
        if (title.IsPast)
        {
            return TimeAnchor.Past;
        }
        if (title.IsFuture || IsHypothetical(mention))
        {
            return TimeAnchor.Future;
        }
        if (PastJustBefore(mention))
        {
            return TimeAnchor.Past;
        }
        var sentence = syntax.Sentences[mention.Sentence].Span;
        var sentenceText = syntax.Text.AsSpan(sentence.Start, sentence.Length);
        var sentenceYears = YearsIn(mention.Sentence);
        if (sentenceYears.Count > 0)
        {
            var before = sentenceYears.Where(y => y.Offset < title.Span.Start).Select(y => y.Year).ToList();
            if (before.Count > 0)
            {
                return TimeAnchor.InYear(before[^1]);
            }
            var distinct = sentenceYears.Select(y => y.Year).Distinct().ToList();
            return distinct.Count == 1 ? TimeAnchor.InYear(distinct[0]) : TimeAnchor.Unknown;
        }
        if (PastPattern().IsMatch(sentenceText))
        {
            return TimeAnchor.Past;
        }
        if (LastYearPattern().IsMatch(sentenceText))
        {
            return articleYear is { } year ? TimeAnchor.InYear(year - 1) : TimeAnchor.Past;
        }
        // A year that opens a time phrase earlier in the paragraph ("In 2007, …") dates what follows it.
        return FramingYearBefore(mention.Sentence) is { } framed ? TimeAnchor.InYear(framed) : TimeAnchor.Present;
    }

    /// <summary>The last framing year in the sentences of the paragraph before this one; computed once for all sentences.</summary>
    private int? FramingYearBefore(int sentence)
    {
        if (_framingBefore is null)
        {
            _framingBefore = new int?[syntax.Sentences.Count];
            foreach (var paragraph in syntax.Paragraphs)
            {
                int? year = null;
                for (var s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
                {
                    _framingBefore[s] = year;
                    var years = YearsIn(s);
                    for (var k = years.Count - 1; k >= 0; k--)
                    {
                        if (years[k].Framing)
                        {
                            year = years[k].Year;
                            break;
                        }
                    }
                }
            }
        }
        return _framingBefore[sentence];
    }

    /// <summary>"a President Clinton", "an Attorney General Giuliani": a role imagined, not held.</summary>
    private bool IsHypothetical(Mention mention)
    {
        var start = mention.Span.Start;
        var i = start - 1;
        while (i >= 0 && syntax.Text[i] == ' ')
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && char.IsLetter(syntax.Text[i]))
        {
            i--;
        }
        var word = syntax.Text.AsSpan(i + 1, end - (i + 1));
        return mention.Kind == MentionKind.Name && word is "a" or "an" or "A" or "An";
    }

    /// <summary>"who once had an affair with President Clinton", "at the time Secretary of State Hillary Clinton".</summary>
    private bool PastJustBefore(Mention mention)
    {
        var tokens = syntax.Tokens[mention.Sentence];
        var k = 0;
        while (k < tokens.Count && tokens[k].Span.Start < mention.Span.Start)
        {
            k++;
        }
        for (var b = k - 1; b >= 0 && b >= k - 6; b--)
        {
            var text = tokens[b].Text;
            if (text is "." or ";" or ":" || QuoteMarksAround(tokens[b]))
            {
                break;
            }
            if (text.Equals("once", StringComparison.OrdinalIgnoreCase) && !(b + 1 < tokens.Count && tokens[b + 1].Is("again"))
                || text.Equals("formerly", StringComparison.OrdinalIgnoreCase) || text.Equals("previously", StringComparison.OrdinalIgnoreCase)
                || text.Equals("time", StringComparison.OrdinalIgnoreCase) && b >= 2 && tokens[b - 1].Is("the") && tokens[b - 2].Is("at"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool QuoteMarksAround(Token token) => token.Kind == TokenKind.QuoteMark;

    /// <summary>The years of a sentence without one: shared, since most sentences have none.</summary>
    private static readonly IReadOnlyList<(int Offset, int Year, bool Framing)> NoYears = [];

    private IReadOnlyList<(int Offset, int Year, bool Framing)> YearsIn(int sentence)
    {
        if (!_yearsBySentence.TryGetValue(sentence, out var years))
        {
            var span = syntax.Sentences[sentence].Span;
            List<(int Offset, int Year, bool Framing)>? found = null;
            // Matched in place: no copy of the sentence, no Match object per year.
            var sentenceText = syntax.Text.AsSpan(span.Start, span.Length);
            foreach (var match in YearPattern().EnumerateMatches(sentenceText))
            {
                var offset = span.Start + match.Index;
                if (!IsAmount(syntax.Text, offset))
                {
                    (found ??= []).Add((offset, int.Parse(sentenceText.Slice(match.Index, match.Length), System.Globalization.CultureInfo.InvariantCulture), IsFraming(syntax.Text, offset)));
                }
            }
            _yearsBySentence[sentence] = years = found ?? NoYears;
        }
        return years;
    }

    /// <summary>US$ 2002 or $1999 is money, not a year.</summary>
    private static bool IsAmount(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i >= 0 && text[i] is '$' or '£' or '€';
    }

    /// <summary>"in 2012", "June 22nd, 2009", "since 2001": a year that sets the time of what is told.</summary>
    private static bool IsFraming(string text, int offset)
    {
        var word = WordBefore(text, offset, out var wordStart);
        // A day number: "June 22nd, 2009", "Sept. 5, 2012".
        if (word.Length > 0 && char.IsDigit(word[0]) && word.Length <= 4)
        {
            word = WordBefore(text, wordStart, out _);
        }
        return Lexicons.FramingWords.Contains(word) || Lexicons.Months.Contains(word);
    }

    private static string WordBefore(string text, int offset, out int start)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or ',' or '.')
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && char.IsLetterOrDigit(text[i]))
        {
            i--;
        }
        start = i + 1;
        return text[start..end];
    }
}
