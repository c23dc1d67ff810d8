using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// A speaker who told the outlet: the words come from the outlet's own reporting.
/// <code>
/// Foreign Minister Shah Mahmood Qureshi later told APP that Russia was an important country.
/// "We are ready," the mayor told the Associated Press.
/// </code>
/// </summary>
public sealed partial class ToldOutlet : CreditConstruction
{
    public override string Name => "told";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "Foreign Minister Shah Mahmood Qureshi later told APP that Russia was an important country.",
        "\"We are ready,\" the mayor told the Associated Press.",
    ];

    internal override Regex Before => WordsBefore();

    [GeneratedRegex(WordStart + @"told\s+" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();
}
