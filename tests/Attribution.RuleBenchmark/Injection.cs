using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>The kinds of editing error the benchmark writes into clean articles, each owned by the rules that should find it.</summary>
public enum InjectionKind
{
    /// <summary>A title swapped for one that excludes it (President → Prime Minister): ATTR001, ATTR002.</summary>
    Role,

    /// <summary>One mention of a surname misspelt by one edit: ATTR003.</summary>
    Spelling,

    /// <summary>A title before a name misspelt by one edit (Presdient Barack Obama): ATTR004.</summary>
    TitleSpelling,

    /// <summary>A word of an annotated source doubled (the White White House spokesman said): ATTR013.</summary>
    DoubledWord,

    /// <summary>The closing mark of a quotation removed: ATTR008.</summary>
    ClosingMark,

    /// <summary>The attribution after a direct quotation removed ("…,” she said." becomes "….”"): ATTR005.</summary>
    RemovedAttribution,

    /// <summary>A direct quotation repeated in a new paragraph under another source's name: ATTR010.</summary>
    RepeatedQuotation,

    /// <summary>A direct quotation repeated in a new paragraph under the same speaker with one word changed, added or dropped: ATTR009.</summary>
    AlteredRepeat,

    /// <summary>A federal title swapped for another that only the public records contradict (Sen. → Rep.): ATTR014.</summary>
    RecordTitle,

    /// <summary>An outlet credit made a Markdown link to another outlet's site (told [CNN](https://www.foxnews.com/…)): ATTR015.</summary>
    CreditLink,

    /// <summary>One word of a direct quotation changed, checked against the clean article as its source: ATTR011.</summary>
    AlteredQuotation,

    /// <summary>A direct quotation's words replaced by words its source does not contain: ATTR011.</summary>
    ReplacedQuotation,

    /// <summary>A direct quotation credited to another person of the article than its source credits: ATTR016.</summary>
    SwappedSpeaker,
}

/// <summary>Which rules find each kind of injected error.</summary>
public static class InjectionRules
{
    public static IReadOnlyList<string> For(InjectionKind kind) => kind switch
    {
        InjectionKind.Role => ["ATTR001", "ATTR002"],
        InjectionKind.Spelling => ["ATTR003"],
        InjectionKind.TitleSpelling => ["ATTR004"],
        InjectionKind.DoubledWord => ["ATTR013"],
        InjectionKind.ClosingMark => ["ATTR008"],
        InjectionKind.RemovedAttribution => ["ATTR005"],
        InjectionKind.RepeatedQuotation => ["ATTR010"],
        InjectionKind.AlteredRepeat => ["ATTR009"],
        InjectionKind.RecordTitle => ["ATTR014"],
        InjectionKind.CreditLink => ["ATTR015"],
        InjectionKind.AlteredQuotation or InjectionKind.ReplacedQuotation => ["ATTR011"],
        InjectionKind.SwappedSpeaker => ["ATTR016"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>
/// One error written into a clean article: where it stands in the new text (<see cref="Span"/>), what stood there
/// and what stands now. A finding of one of the kind's rules catches it when the finding or one of its related
/// locations overlaps <see cref="Target"/>: the injected words, or for a removed mark or attribution the
/// quotation left without it.
/// </summary>
public sealed record Injection(InjectionKind Kind, string NewText, TextSpan Span, string Original, string Replacement, string Detail)
{
    /// <summary>Where a finding must stand to catch the error; the injected span unless the kind says otherwise.</summary>
    public TextSpan Target { get; init; } = Span;

    /// <summary>The extension the new text is read as (".md"), when not the article's own.</summary>
    public string? ReadAs { get; init; }

    /// <summary>Applies a replacement of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static Injection Replace(InjectionKind kind, string text, TextSpan span, string replacement, string detail) =>
        new(kind, string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End)), new TextSpan(span.Start, span.Start + replacement.Length),
            text.Substring(span.Start, span.Length), replacement, detail);
}

/// <summary>A deterministic random source per article: the same seed and article name always give the same choices.</summary>
public static class Seeds
{
    public const int Default = 20240611;

    public static Random For(string articleName, int seed, InjectionKind kind)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in articleName + "|" + kind)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return new Random(unchecked((int)hash) ^ seed);
    }
}
