using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>An outlet credited in the prose: the outlet's words as written, the outlet, and the construction that credits it.</summary>
public sealed record Credit(TextSpan Span, Outlet? Outlet, string? Domain, CreditConstruction Construction);

/// <summary>
/// One way English news prose credits an outlet (according to Reuters, told APP, Source: PTI). Each construction is a
/// pattern in which <c>{outlet}</c> stands for any name of the outlet lexicon (with an optional "the" before it) and
/// the end of the word, <c>{name}</c> for the name alone (the pattern says what follows), and <c>{domain}</c> for a
/// written web domain; the outlet's own words are the credit's span. Patterns are compiled (the outlet alternation is
/// too large for the non-backtracking engine's automaton) and run under a timeout.
/// </summary>
public abstract class CreditConstruction
{
    /// <summary>Every construction, in the order they are tried; a later one is not reported where an earlier one already credits the same words.</summary>
    public static IReadOnlyList<CreditConstruction> All { get; } =
    [
        new SourceLine(),
        new AccordingToOutlet(),
        new ToldOutlet(),
        new InterviewWithOutlet(),
        new OutletReported(),
        new ReportedByOutlet(),
        new ParentheticalOutlet(),
        new SignOffOutlet(),
    ];

    /// <summary>A short name for the quote sheet and tests.</summary>
    public abstract string Name { get; }

    /// <summary>Sentences that use the construction, for the documentation and the tests.</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    /// <summary>True when the credit stands for its whole paragraph (a source line, a sign-off, a dateline), not for one sentence.</summary>
    public virtual bool CreditsParagraph => false;

    /// <summary>The pattern, with <c>{outlet}</c> and <c>{domain}</c> placeholders.</summary>
    protected abstract string Pattern { get; }

    /// <summary>True when every match names an outlet of the lexicon (no written domain), so only text near an outlet's name can match.</summary>
    internal bool NeedsOutletName => !Pattern.Contains("{domain}", StringComparison.Ordinal);

    /// <summary>How long one search may take before the construction gives up on the text.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The pattern made into a regular expression for one lexicon of outlets.</summary>
    internal Regex Compile(OutletLexicon outlets)
    {
        var names = string.Join('|', outlets.AllNames.Select(Regex.Escape));
        var pattern = Pattern
            .Replace("{outlet}", $@"(?:[Tt]he\s+)?(?<outlet>{names})(?:$|[^\w.-]|\.(?:$|\W))")
            .Replace("{name}", $@"(?:[Tt]he\s+)?(?<outlet>{names})")
            .Replace("{domain}", @"(?<domain>(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?:$|[^\w/-])");
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, MatchTimeout);
    }
}
