namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// A source line, usually at the end of a paragraph or of the article, naming the outlet or its web address.
/// <code>
/// Security forces have surrounded the aircraft. Source: PTI
/// But the holding company confirmed the information. Source: www.lenta.ru
/// (With inputs from Reuters)
/// </code>
/// </summary>
public sealed class SourceLine : CreditConstruction
{
    public override string Name => "source line";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "Security forces have surrounded the aircraft. Source: PTI",
        "But the holding company confirmed the information. Source: www.lenta.ru",
        "(With inputs from Reuters)",
    ];

    public override bool CreditsParagraph => true;

    protected override string Pattern => @"(?<![\w-])(?:Sources?\s*:|With inputs from|Inputs from|Courtesy(?:\s+of)?\s*:?)\s*(?:{outlet}|{domain})";
}
