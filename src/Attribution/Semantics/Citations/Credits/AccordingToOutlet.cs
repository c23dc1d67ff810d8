using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// "According to" and the outlet, or one of its reports.
/// <code>
/// The deal is worth $2 billion, according to Reuters.
/// According to a Bloomberg report, the talks stalled.
/// </code>
/// </summary>
public sealed partial class AccordingToOutlet : CreditConstruction
{
    public override string Name => "according to";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The deal is worth $2 billion, according to Reuters.",
        "According to a Bloomberg report, the talks stalled.",
    ];

    internal override Regex Before => WordsBefore();

    [GeneratedRegex(WordStart + @"[Aa]ccording\s+to\s+(?:an?\s+)?" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();
}
