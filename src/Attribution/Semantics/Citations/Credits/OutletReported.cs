namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet as the subject of "reported", or its agent.
/// <code>
/// The talks will resume on Monday, Reuters reported.
/// The plan was first reported by the Wall Street Journal.
/// </code>
/// </summary>
public sealed class OutletReported : CreditConstruction
{
    public override string Name => "reported";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The talks will resume on Monday, Reuters reported.",
        "The plan was first reported by the Wall Street Journal.",
    ];

    protected override string Pattern =>
        @"(?<![\w-]){outlet}\s+(?:(?:has|had|first|also|earlier)\s+)?(?:reported|reports)\b|(?<![\w-])reported\s+(?:earlier\s+)?by\s+{outlet}";
}
