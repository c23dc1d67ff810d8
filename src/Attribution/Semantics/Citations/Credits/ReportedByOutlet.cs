using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet as the agent of "reported".
/// <code>
/// The plan was first reported by the Wall Street Journal.
/// </code>
/// </summary>
public sealed partial class ReportedByOutlet : CreditConstruction
{
    public override string Name => "reported by";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The plan was first reported by the Wall Street Journal.",
    ];

    internal override Regex Before => WordsBefore();

    [GeneratedRegex(WordStart + @"reported\s+(?:earlier\s+)?by\s+" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();
}
