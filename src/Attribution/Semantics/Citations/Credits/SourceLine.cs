using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// A source line, usually at the end of a paragraph or of the article, naming the outlet or its web address.
/// <code>
/// Security forces have surrounded the aircraft. Source: PTI
/// But the holding company confirmed the information. Source: www.lenta.ru
/// (With inputs from Reuters)
/// </code>
/// </summary>
public sealed partial class SourceLine : CreditConstruction
{
    public override string Name => "source line";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "Security forces have surrounded the aircraft. Source: PTI",
        "But the holding company confirmed the information. Source: www.lenta.ru",
        "(With inputs from Reuters)",
    ];

    public override bool CreditsParagraph => true;

    internal override Regex Before => CueBefore();

    internal override Regex? WrittenDomain => CueAndDomain();

    /// <summary>
    /// "Source:", "With inputs from", "Courtesy of" and the like. A run of spaces is taken whole (atomic), as a
    /// match needs it whole: two runs side by side would otherwise be split every way on a long run that fails.
    /// </summary>
    private const string Cue = @"(?:Sources?(?>\s*):|With inputs from|Inputs from|Courtesy(?:\s+of)?(?>\s*):?)(?>\s*)";

    /// <summary>A written web domain (www.lenta.ru, reuters.com) and what may follow it.</summary>
    private const string Domain = @"(?<domain>(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?:$|[^\w/-])";

    [GeneratedRegex(WordStart + Cue + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex CueBefore();

    [GeneratedRegex(AfterWordStart + Cue + Domain, AfterOptions, MatchTimeoutMilliseconds)]
    private static partial Regex CueAndDomain();
}
