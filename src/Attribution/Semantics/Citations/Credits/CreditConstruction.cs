using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Semantics.Citations.Credits;

/// <summary>An outlet credited in the prose: the outlet's words as written, the outlet, and the construction that credits it.</summary>
public sealed record Credit(TextSpan Span, Outlet? Outlet, string? Domain, CreditConstruction Construction);

/// <summary>
/// One way English news prose credits an outlet (according to Reuters, told APP, Source: PTI): what must stand before
/// an outlet's name and what must follow it, each a small pattern read at the name; the outlet's own words are the
/// credit's span. The finder looks up every name of the outlet lexicon once, so a construction only reads the words
/// around a name, never the whole text with every name in its pattern.
/// </summary>
public abstract partial class CreditConstruction
{
    /// <summary>Every construction, in the order they are tried; a later one is not reported where an earlier one already credits the same words.</summary>
    public static IReadOnlyList<CreditConstruction> All { get; } =
    [
        new SourceLine(),
        new AccordingToOutlet(),
        new ToldOutlet(),
        new InterviewWithOutlet(),
        new OutletReported(),
        new ReportedByOutlet(),
        new ParentheticalOutlet(),
        new SignOffOutlet(),
    ];

    /// <summary>A short name for the quote sheet and tests.</summary>
    public abstract string Name { get; }

    /// <summary>Sentences that use the construction, for the documentation and the tests.</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    /// <summary>True when the credit stands for its whole paragraph (a source line, a sign-off, a dateline), not for one sentence.</summary>
    public virtual bool CreditsParagraph => false;

    /// <summary>
    /// What must stand before the name: a right-to-left pattern that ends (<see cref="AtTheName"/>) where the name
    /// begins, or where a "the" before the name begins (the finder tries both). Its start is where the credit's
    /// words begin.
    /// </summary>
    internal abstract Regex Before { get; }

    /// <summary>What must follow the name: a pattern that starts (<c>\G</c>) where the name ends. By default the name ends a word.</summary>
    internal virtual Regex After => NameEndsWord();

    /// <summary>
    /// The construction's credits that name a written web domain instead of an outlet, searched over the whole text,
    /// or null. A match begins with the construction's first word (<see cref="AfterWordStart"/>), so that the search
    /// can look for the word itself. A construction that has one reads its outlet names in the whole text too, not
    /// only near them.
    /// </summary>
    internal virtual Regex? WrittenDomain => null;

    /// <summary>How long one search may take before the construction gives up on the text.</summary>
    private protected const int MatchTimeoutMilliseconds = 2000;

    /// <summary>Options of a pattern read leftwards from a name.</summary>
    private protected const RegexOptions BeforeOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft;

    /// <summary>Options of a pattern read rightwards from a name's end, or over the text.</summary>
    private protected const RegexOptions AfterOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The start of a word: the start of the text read, or a character that is neither a word's nor a hyphen.</summary>
    private protected const string WordStart = @"(?:^|[^\w-])";

    /// <summary>
    /// What <see cref="WordStart"/> demands, looked at instead of taken: a match then begins with the word, one
    /// character later than it would with <see cref="WordStart"/> (but at the start of the text).
    /// </summary>
    private protected const string AfterWordStart = @"(?<![\w-])";

    /// <summary>The end of a right-to-left pattern: the place the finder starts it from, where the name (or its "the") begins.</summary>
    private protected const string AtTheName = @"\G";

    /// <summary>The name ends a word: the end of the text read, a character that is no word's, hyphen or full stop, or a full stop that ends a sentence.</summary>
    [GeneratedRegex(@"\G(?:$|[^\w.-]|\.(?:$|\W))", AfterOptions, MatchTimeoutMilliseconds)]
    private static partial Regex NameEndsWord();

    /// <summary>A "the" that ends where a name begins; the names of the lexicon are matched with or without it.</summary>
    [GeneratedRegex(@"[Tt]he\s+\G", BeforeOptions, MatchTimeoutMilliseconds)]
    internal static partial Regex TheBeforeName();
}
