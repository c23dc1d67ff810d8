using FuzzySharp;

namespace Attribution.Sources;

public enum SourceMatchKind
{
    /// <summary>The quotation's words stand in the source as they are (case, quotation marks, dashes, punctuation and whitespace aside).</summary>
    Exact,

    /// <summary>Not word for word, but a stretch of the source is close to it.</summary>
    Near,

    /// <summary>Nothing in the source is close to it.</summary>
    None,
}

/// <summary>A run of words of a <see cref="SourceWords"/>: the first word's index and how many.</summary>
public readonly record struct WordRange(int Start, int Count)
{
    public int End => Start + Count;
}

/// <summary>
/// Where a quotation's words stand in a source: every place they stand word for word, or the one stretch nearest
/// to them with its similarity (0 to 100, FuzzySharp's ratio of the two wordings).
/// </summary>
public sealed record SourceMatch(SourceMatchKind Kind, IReadOnlyList<WordRange> Places, int Score)
{
    public static SourceMatch NotFound { get; } = new(SourceMatchKind.None, [], 0);
}

/// <summary>
/// Finds a quotation in a source in time linear in the source. Word for word first (Knuth–Morris–Pratt over word
/// numbers); else the quotation's words that are rare in the source are anchors: each place an anchor stands votes
/// for where the quotation would start there, and only the windows around the best-voted starts are compared with
/// FuzzySharp. Words that stand more than <see cref="MaxAnchorOccurrences"/> times (the, of, said) never vote, which
/// bounds the work by the quotation's length whatever the source.
/// </summary>
public static class QuotationMatcher
{
    /// <summary>How similar a stretch of the source must be to count as the quotation altered rather than absent.</summary>
    public const int NearScore = 80;

    private const int MaxAnchorOccurrences = 50;
    private const int Candidates = 3;
    private const int Slack = 2;

    public static SourceMatch Find(SourceWords quotation, SourceWords source)
    {
        if (quotation.Count == 0 || source.Count == 0)
        {
            return SourceMatch.NotFound;
        }
        var exact = Occurrences(quotation, source);
        if (exact.Count > 0)
        {
            return new SourceMatch(SourceMatchKind.Exact, exact, 100);
        }
        var (best, score) = Nearest(quotation, source);
        return score >= NearScore ? new SourceMatch(SourceMatchKind.Near, [best], score) : SourceMatch.NotFound;
    }

    /// <summary>Every place the quotation's words stand in the source, one after another.</summary>
    private static List<WordRange> Occurrences(SourceWords quotation, SourceWords source)
    {
        var found = new List<WordRange>();
        var pattern = new int[quotation.Count];
        for (var i = 0; i < pattern.Length; i++)
        {
            pattern[i] = source.IdOf(quotation.Words[i]);
            if (pattern[i] < 0)
            {
                return found;
            }
        }
        var failure = new int[pattern.Length];
        for (int i = 1, k = 0; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
            {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k])
            {
                k++;
            }
            failure[i] = k;
        }
        var text = source.Ids;
        for (int i = 0, k = 0; i < text.Count; i++)
        {
            while (k > 0 && text[i] != pattern[k])
            {
                k = failure[k - 1];
            }
            if (text[i] == pattern[k])
            {
                k++;
            }
            if (k == pattern.Length)
            {
                found.Add(new WordRange(i - k + 1, k));
                k = failure[k - 1];
            }
        }
        return found;
    }

    private static (WordRange Range, int Score) Nearest(SourceWords quotation, SourceWords source)
    {
        var votes = new Dictionary<int, int>();
        for (var i = 0; i < quotation.Count; i++)
        {
            var id = source.IdOf(quotation.Words[i]);
            if (id < 0 || source.PositionsOf(id) is not { Count: <= MaxAnchorOccurrences } positions)
            {
                continue;
            }
            foreach (var position in positions)
            {
                votes[position - i] = votes.GetValueOrDefault(position - i) + 1;
            }
        }
        // A word inserted or left out shifts the anchors after it: neighbouring starts vote together.
        var starts = votes.Keys
            .Select(start => (Start: start, Votes: Enumerable.Range(start - Slack, 2 * Slack + 1).Sum(s => votes.GetValueOrDefault(s))))
            .Where(c => c.Votes >= Math.Min(2, quotation.Count))
            .OrderByDescending(c => c.Votes).ThenBy(c => c.Start)
            .Take(Candidates);
        var wording = string.Join(' ', quotation.Words);
        var best = (Range: new WordRange(0, 0), Score: 0);
        foreach (var (start, _) in starts)
        {
            for (var from = Math.Max(0, start - Slack); from <= Math.Max(0, start + Slack); from++)
            {
                for (var count = Math.Max(1, quotation.Count - Slack); count <= quotation.Count + Slack && from + count <= source.Count; count++)
                {
                    var score = Fuzz.Ratio(wording, string.Join(' ', source.Words.Skip(from).Take(count)));
                    if (score > best.Score || (score == best.Score && Math.Abs(count - quotation.Count) < Math.Abs(best.Range.Count - quotation.Count)))
                    {
                        best = (new WordRange(from, count), score);
                    }
                }
            }
        }
        return best;
    }
}
