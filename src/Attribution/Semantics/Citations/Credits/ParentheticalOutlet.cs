using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet in brackets: a wire dateline or a credit after a claim.
/// <code>
/// MOSCOW (Reuters) - Russia's central bank held rates.
/// The deliveries will begin next year (RIA Novosti).
/// </code>
/// </summary>
public sealed partial class ParentheticalOutlet : CreditConstruction
{
    public override string Name => "parenthesis";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "MOSCOW (Reuters) - Russia's central bank held rates.",
        "The deliveries will begin next year (RIA Novosti).",
    ];

    public override bool CreditsParagraph => true;

    internal override Regex Before => WordsBefore();

    internal override Regex After => WordsAfter();

    [GeneratedRegex(@"\(\s*" + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"\G\s*\)", AfterOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsAfter();
}
