using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>Finds the outlet credits of a text with every construction, compiled once for a lexicon of outlets.</summary>
public sealed class CreditFinder
{
    private readonly OutletLexicon _outlets;
    private readonly IReadOnlyList<(CreditConstruction Construction, Regex Pattern)> _patterns;

    public CreditFinder(OutletLexicon outlets, IReadOnlyList<CreditConstruction>? constructions = null)
    {
        _outlets = outlets;
        _patterns = [.. (constructions ?? CreditConstruction.All).Select(c => (c, c.Compile(outlets)))];
    }

    private static readonly Lazy<CreditFinder> DefaultFinder = new(() => new CreditFinder(OutletLexicon.Default));

    public static CreditFinder Default => DefaultFinder.Value;

    /// <summary>The credits of the text in text order; where two constructions credit the same words, the first in <see cref="CreditConstruction.All"/> order.</summary>
    public IReadOnlyList<Credit> Find(string text)
    {
        var credits = new List<Credit>();
        foreach (var (construction, pattern) in _patterns)
        {
            foreach (Match match in pattern.Matches(text))
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
