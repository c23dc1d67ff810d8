namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// "According to" and the outlet, or one of its reports.
/// <code>
/// The deal is worth $2 billion, according to Reuters.
/// According to a Bloomberg report, the talks stalled.
/// </code>
/// </summary>
public sealed class AccordingToOutlet : CreditConstruction
{
    public override string Name => "according to";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The deal is worth $2 billion, according to Reuters.",
        "According to a Bloomberg report, the talks stalled.",
    ];

    protected override string Pattern => @"(?<![\w-])[Aa]ccording\s+to\s+(?:an?\s+)?{outlet}";
}
