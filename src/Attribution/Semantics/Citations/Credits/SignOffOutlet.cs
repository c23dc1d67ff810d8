using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet's name alone at the end of a paragraph, after its last sentence: the wire services' sign-off.
/// <code>
/// The President hoped that trade ties would further improve in the days ahead. APP
/// The vote is expected next week. — AFP
/// </code>
/// </summary>
public sealed partial class SignOffOutlet : CreditConstruction
{
    public override string Name => "sign-off";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The President hoped that trade ties would further improve in the days ahead. APP",
        "The vote is expected next week. — AFP",
    ];

    public override bool CreditsParagraph => true;

    internal override Regex Before => WordsBefore();

    internal override Regex After => WordsAfter();

    [GeneratedRegex(@"[.!?”""’][ \t]+(?:[-—–]+[ \t]*)?" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();

    /// <summary>Spaces, a full stop, spaces, the end of the line; each run of spaces taken whole, so a long one that fails is read once.</summary>
    [GeneratedRegex(@"\G(?>[ \t]*)\.?(?>[ \t]*)(?:\r?\n|$)", AfterOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsAfter();
}
