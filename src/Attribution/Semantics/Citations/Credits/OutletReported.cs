namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet as the subject of "reported".
/// <code>
/// The talks will resume on Monday, Reuters reported.
/// The Wall Street Journal first reported the plan.
/// </code>
/// </summary>
public sealed class OutletReported : CreditConstruction
{
    public override string Name => "reported";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The talks will resume on Monday, Reuters reported.",
        "The Wall Street Journal first reported the plan.",
    ];

    protected override string Pattern =>
        @"(?:^|[^\w-]){name}\s+(?:(?:has|had|first|also|earlier)\s+)?(?:reported|reports)(?:$|\W)";
}
