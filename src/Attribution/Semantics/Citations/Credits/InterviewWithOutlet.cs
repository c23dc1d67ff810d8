using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// An interview given to the outlet.
/// <code>
/// In an interview with CNN, the senator said she would vote against the bill.
/// He made the remarks in an interview on Fox News.
/// </code>
/// </summary>
public sealed partial class InterviewWithOutlet : CreditConstruction
{
    public override string Name => "interview with";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "In an interview with CNN, the senator said she would vote against the bill.",
        "He made the remarks in an interview on Fox News.",
    ];

    internal override Regex Before => WordsBefore();

    [GeneratedRegex(WordStart + @"interview\s+(?:with|on|to)\s+" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();
}
