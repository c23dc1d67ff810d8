namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// A speaker who told the outlet: the words come from the outlet's own reporting.
/// <code>
/// Foreign Minister Shah Mahmood Qureshi later told APP that Russia was an important country.
/// "We are ready," the mayor told the Associated Press.
/// </code>
/// </summary>
public sealed class ToldOutlet : CreditConstruction
{
    public override string Name => "told";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "Foreign Minister Shah Mahmood Qureshi later told APP that Russia was an important country.",
        "\"We are ready,\" the mayor told the Associated Press.",
    ];

    protected override string Pattern => @"(?<![\w-])told\s+{outlet}";
}
