using System.Text.RegularExpressions;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>
/// The outlet as the subject of "reported".
/// <code>
/// The talks will resume on Monday, Reuters reported.
/// The Wall Street Journal first reported the plan.
/// </code>
/// </summary>
public sealed partial class OutletReported : CreditConstruction
{
    public override string Name => "reported";

    public override IReadOnlyList<string> Examples { get; } =
    [
        "The talks will resume on Monday, Reuters reported.",
        "The Wall Street Journal first reported the plan.",
    ];

    internal override Regex Before => WordsBefore();

    internal override Regex After => WordsAfter();

    [GeneratedRegex(WordStart + AtTheName, BeforeOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"\G\s+(?:(?:has|had|first|also|earlier)\s+)?(?:reported|reports)(?:$|\W)", AfterOptions, MatchTimeoutMilliseconds)]
    private static partial Regex WordsAfter();
}
