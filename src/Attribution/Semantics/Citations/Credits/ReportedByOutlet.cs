namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet as the agent of "reported".
/// <code>
/// The plan was first reported by the Wall Street Journal.
/// </code>
/// </summary>
public sealed class ReportedByOutlet : CreditConstruction
{
    public override string Name => "reported by";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The plan was first reported by the Wall Street Journal.",
    ];

    protected override string Pattern => @"(?:^|[^\w-])reported\s+(?:earlier\s+)?by\s+{outlet}";
}
