using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// Finds the outlet credits of a text with every construction, for one lexicon of outlets. The names of the lexicon
/// are looked up once, in one search for all of them; each construction then reads only the words before and after
/// each name. It finds what the construction's words and the name alternation (longest name first) would find as one
/// regular expression searched left to right: the match that starts first wins, and the words one match took are not
/// read again by the construction's next.
/// </summary>
public sealed class CreditFinder
{
    private readonly OutletLexicon _outlets;
    private readonly IReadOnlyList<CreditConstruction> _constructions;
    private readonly SearchValues<string> _names;
    private readonly FrozenDictionary<char, string[]> _namesByFirstLetter;

    public CreditFinder(OutletLexicon outlets, IReadOnlyList<CreditConstruction>? constructions = null)
    {
        _outlets = outlets;
        _constructions = constructions ?? CreditConstruction.All;
        var names = outlets.AllNames.ToList();
        _names = SearchValues.Create([.. names], StringComparison.Ordinal);
        _namesByFirstLetter = names.GroupBy(n => n[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    private static readonly Lazy<CreditFinder> DefaultFinder = new(() => new CreditFinder(OutletLexicon.Default));

    public static CreditFinder Default => DefaultFinder.Value;

    /// <summary>The credits of the text in text order; where two constructions credit the same words, the first in <see cref="CreditConstruction.All"/> order.</summary>
    public IReadOnlyList<Credit> Find(string text)
    {
        var credits = new List<Credit>();
        var taken = new DisjointSpans();
        var nameStarts = NameStarts(text);
        List<TextSpan>? outletLines = null;
        var readings = new List<Reading>();
        foreach (var construction in _constructions)
        {
            var scopes = construction.WrittenDomain is null ? outletLines ??= OutletLines(text, nameStarts) : [new TextSpan(0, text.Length)];
            foreach (var reading in MatchesWithinTime(construction, text, scopes, nameStarts, readings))
            {
                if (taken.Overlaps(reading.Words))
                {
                    continue;
                }
                taken.Add(reading.Words);
                credits.Add(reading.Domain is { } domain
                    ? new Credit(reading.Words, LinkHost.OfDomain(domain) is { } host ? _outlets.FindByHost(host) : null, domain, construction)
                    : new Credit(reading.Words, _outlets.FindByName(text[reading.Words.Start..reading.Words.End]), null, construction));
            }
        }
        credits.Sort((a, b) => a.Span.CompareTo(b.Span));
        return credits;
    }

    /// <summary>Where a name of the lexicon begins, in text order: inside words too, for the constructions say what must surround a name.</summary>
    private List<int> NameStarts(string text)
    {
        var starts = new List<int>();
        for (var from = 0; from < text.Length;)
        {
            var found = text.AsSpan(from).IndexOfAny(_names);
            if (found < 0)
            {
                break;
            }
            starts.Add(from + found);
            from += found + 1;
        }
        return starts;
    }

    /// <summary>
    /// The stretches of text a construction reads: each line holding an outlet's name, with the line before it (a
    /// credit may run over a line break). A line starts and ends a stretch, so its edges only ever stand where a line
    /// break does.
    /// </summary>
    internal static List<TextSpan> OutletLines(string text, IEnumerable<int> nameStarts)
    {
        var lines = new List<TextSpan>();
        foreach (var at in nameStarts)
        {
            if (lines.Count > 0 && at < lines[^1].End)
            {
                continue;
            }
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var start = lineStart == 0 ? 0 : text.LastIndexOf('\n', lineStart - 2 < 0 ? 0 : lineStart - 2) + 1;
            var lineEnd = text.IndexOf('\n', at);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            if (lines.Count > 0 && start <= lines[^1].End)
            {
                lines[^1] = new TextSpan(lines[^1].Start, end);
            }
            else
            {
                lines.Add(new TextSpan(start, end));
            }
        }
        return lines;
    }

    /// <summary>
    /// One way a construction can match: where the match starts and ends, the place its words before the name end
    /// (the name's start, or the start of a "the" before it), the order in which a regular expression would try it
    /// among the matches that start at the same place, and the words that are the credit.
    /// </summary>
    private readonly record struct Reading(int Start, int Anchor, int Rank, int End, TextSpan Words, string? Domain = null);

    private const int RankNameAfterThe = 0;
    private const int RankName = 1;
    private const int RankDomain = 2;

    /// <summary>The construction's matches in text order; a text the construction cannot read in time loses that construction's credits, not the run.</summary>
    private List<Reading> MatchesWithinTime(CreditConstruction construction, string text, List<TextSpan> scopes, List<int> nameStarts, List<Reading> readings)
    {
        var matches = new List<Reading>();
        try
        {
            var next = 0;
            foreach (var scope in scopes)
            {
                readings.Clear();
                for (; next < nameStarts.Count && nameStarts[next] < scope.End; next++)
                {
                    if (nameStarts[next] >= scope.Start)
                    {
                        ReadName(construction, text, scope, nameStarts[next], readings);
                    }
                }
                if (construction.WrittenDomain is { } domains)
                {
                    ReadDomains(domains, text, readings);
                }
                TakeInTurn(readings, scope, matches);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            matches.Clear();
        }
        return matches;
    }

    /// <summary>The construction's readings of the name that begins at a place: with the words before it, and with the words before a "the" before it.</summary>
    private void ReadName(CreditConstruction construction, string text, TextSpan scope, int at, List<Reading> readings)
    {
        if (LongestNameAt(construction.After, text, scope, at) is not var (words, end))
        {
            return;
        }
        if (WordsBefore(construction, text, scope, at) is { } start)
        {
            readings.Add(new Reading(start, at, RankName, end, words));
        }
        var the = CreditConstruction.TheBeforeName().Match(text, scope.Start, at - scope.Start);
        if (the.Success && WordsBefore(construction, text, scope, the.Index) is { } startBeforeThe)
        {
            readings.Add(new Reading(startBeforeThe, the.Index, RankNameAfterThe, end, words));
        }
    }

    /// <summary>Where the construction's words before a place begin, reading leftwards within the scope.</summary>
    private static int? WordsBefore(CreditConstruction construction, string text, TextSpan scope, int at)
    {
        var before = construction.Before.Match(text, scope.Start, at - scope.Start);
        return before.Success ? before.Index : null;
    }

    /// <summary>The longest name of the lexicon at a place that the construction's words after a name follow, and where those words end.</summary>
    private (TextSpan Words, int End)? LongestNameAt(Regex after, string text, TextSpan scope, int at)
    {
        if (!_namesByFirstLetter.TryGetValue(text[at], out var names))
        {
            return null;
        }
        foreach (var name in names)
        {
            var nameEnd = at + name.Length;
            if (nameEnd <= scope.End && text.AsSpan(at).StartsWith(name, StringComparison.Ordinal))
            {
                var follows = after.Match(text, nameEnd, scope.End - nameEnd);
                if (follows.Success)
                {
                    return (new TextSpan(at, nameEnd), follows.Index + follows.Length);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Every match of a construction's written-domain pattern in the whole text, wherever one starts (one may start
    /// inside another); each starts, as a pattern that takes its word's start would, one character before its word.
    /// </summary>
    private static void ReadDomains(Regex domains, string text, List<Reading> readings)
    {
        for (var match = domains.Match(text); match.Success; match = domains.Match(text, match.Index + 1))
        {
            var domain = match.Groups["domain"];
            readings.Add(new Reading(Math.Max(match.Index - 1, 0), domain.Index, RankDomain, match.Index + match.Length, new TextSpan(domain.Index, domain.Index + domain.Length), domain.Value));
        }
    }

    /// <summary>
    /// The readings a left-to-right search takes: the one that starts first (of those starting at one place, the one
    /// the pattern tries first: the longer words before the name, then the name after a "the", then a domain), then
    /// the first that starts where it ended, and so on.
    /// </summary>
    private static void TakeInTurn(List<Reading> readings, TextSpan scope, List<Reading> taken)
    {
        readings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Anchor != b.Anchor ? b.Anchor.CompareTo(a.Anchor) : a.Rank.CompareTo(b.Rank));
        var readFrom = scope.Start;
        foreach (var reading in readings)
        {
            if (reading.Start >= readFrom)
            {
                taken.Add(reading);
                readFrom = reading.End;
            }
        }
    }
}
