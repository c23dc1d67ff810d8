namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet's name alone at the end of a paragraph, after its last sentence: the wire services' sign-off.
/// <code>
/// The President hoped that trade ties would further improve in the days ahead. APP
/// The vote is expected next week. — AFP
/// </code>
/// </summary>
public sealed class SignOffOutlet : CreditConstruction
{
    public override string Name => "sign-off";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The President hoped that trade ties would further improve in the days ahead. APP",
        "The vote is expected next week. — AFP",
    ];

    public override bool CreditsParagraph => true;

    protected override string Pattern => @"(?<=[.!?”""’]\s*)(?:[-—–]+\s*)?{outlet}\s*\.?(?=[ \t]*(?:\n|$))";
}
