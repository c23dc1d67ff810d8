namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet in brackets: a wire dateline or a credit after a claim.
/// <code>
/// MOSCOW (Reuters) - Russia's central bank held rates.
/// The deliveries will begin next year (RIA Novosti).
/// </code>
/// </summary>
public sealed class ParentheticalOutlet : CreditConstruction
{
    public override string Name => "parenthesis";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "MOSCOW (Reuters) - Russia's central bank held rates.",
        "The deliveries will begin next year (RIA Novosti).",
    ];

    public override bool CreditsParagraph => true;

    protected override string Pattern => @"\(\s*{outlet}\s*\)";
}
