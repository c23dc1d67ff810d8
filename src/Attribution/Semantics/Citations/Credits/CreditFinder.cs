using System.Buffers;
using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>Finds the outlet credits of a text with every construction, compiled once for a lexicon of outlets.</summary>
public sealed class CreditFinder
{
    private readonly OutletLexicon _outlets;
    private readonly IReadOnlyList<(CreditConstruction Construction, Regex Pattern)> _patterns;
    private readonly SearchValues<string> _names;

    public CreditFinder(OutletLexicon outlets, IReadOnlyList<CreditConstruction>? constructions = null)
    {
        _outlets = outlets;
        _patterns = [.. (constructions ?? CreditConstruction.All).Select(c => (c, c.Compile(outlets)))];
        _names = SearchValues.Create([.. outlets.AllNames], StringComparison.Ordinal);
    }

    private static readonly Lazy<CreditFinder> DefaultFinder = new(() => new CreditFinder(OutletLexicon.Default));

    public static CreditFinder Default => DefaultFinder.Value;

    /// <summary>The matches found before the timeout: a text one pattern cannot finish in time loses that construction's credits, not the run.</summary>
    private static List<Match> MatchesWithinTime(Regex pattern, string text, IEnumerable<TextSpan> windows)
    {
        var matches = new List<Match>();
        try
        {
            foreach (var window in windows)
            {
                for (var match = pattern.Match(text, window.Start, window.Length); match.Success; match = match.NextMatch())
                {
                    matches.Add(match);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return matches;
    }

    /// <summary>
    /// The stretches of text where an outlet's name stands: each line holding one, with the line before it (a credit
    /// may run over a line break). One search for every name at once instead of the outlet alternation tried at
    /// every position; a line starts and ends a window where the patterns' edges only ever see a line break.
    /// </summary>
    private List<TextSpan> OutletLines(string text)
    {
        var windows = new List<TextSpan>();
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(_names);
            if (found < 0)
            {
                break;
            }
            var at = from + found;
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var start = lineStart == 0 ? 0 : text.LastIndexOf('\n', lineStart - 2 < 0 ? 0 : lineStart - 2) + 1;
            var lineEnd = text.IndexOf('\n', at);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = new TextSpan(windows[^1].Start, end);
            }
            else
            {
                windows.Add(new TextSpan(start, end));
            }
            from = end + 1;
        }
        return windows;
    }

    /// <summary>The credits of the text in text order; where two constructions credit the same words, the first in <see cref="CreditConstruction.All"/> order.</summary>
    public IReadOnlyList<Credit> Find(string text)
    {
        var credits = new List<Credit>();
        var whole = new[] { new TextSpan(0, text.Length) };
        List<TextSpan>? outletLines = null;
        foreach (var (construction, pattern) in _patterns)
        {
            var windows = construction.NeedsOutletName ? outletLines ??= OutletLines(text) : (IEnumerable<TextSpan>)whole;
            foreach (var match in MatchesWithinTime(pattern, text, windows))
            {
                var outlet = match.Groups["outlet"];
                var domain = match.Groups["domain"];
                var group = outlet.Success ? outlet : domain;
                var span = new TextSpan(group.Index, group.Index + group.Length);
                if (credits.Any(c => c.Span.OverlapsWith(span)))
                {
                    continue;
                }
                credits.Add(outlet.Success
                    ? new Credit(span, _outlets.FindByName(outlet.Value), null, construction)
                    : new Credit(span, LinkHost.OfDomain(domain.Value) is { } host ? _outlets.FindByHost(host) : null, domain.Value, construction));
            }
        }
        credits.Sort((a, b) => a.Span.CompareTo(b.Span));
        return credits;
    }
}
