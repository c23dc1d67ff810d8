using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

[Flags]
public enum RoleModifiers
{
    None = 0,
    Former = 1,
    Acting = 2,
    Elect = 4,
    Then = 8,
    Interim = 16,
    Late = 32,

    /// <summary>future, would-be: a role the text expects, not one held.</summary>
    Future = 64,
}

/// <summary>A title as written: the office it names, the jurisdiction given with it (Russian, of Russia) and its modifiers.</summary>
public sealed record TitleMention(
    TextSpan Span,
    Office Office,
    string? Jurisdiction,
    RoleModifiers Modifiers,
    string Form)
{
    /// <summary>
    /// The word as written is not <see cref="Form"/> but one letter from it, before a name ("Genral Ashfaq Parvez
    /// Kayani" is read as General): how the text is read, not a verdict on its spelling, which the misspelt-title rule
    /// makes on its own.
    /// </summary>
    public bool IsNearForm { get; init; }

    /// <summary>Where the office's own words stand (President in "former Russian President").</summary>
    public TextSpan FormSpan { get; init; }

    /// <summary>The party the title names when the office is not a party's own ("Republican Sen."), or the party of a party-state tag.</summary>
    public string? Party { get; init; }

    /// <summary>A plural form (Sens., Senators) that titles several names at once.</summary>
    public bool Plural { get; init; }

    public bool IsPast => (Modifiers & (RoleModifiers.Former | RoleModifiers.Then | RoleModifiers.Late)) != 0;

    /// <summary>-elect, incoming, future, would-be: a role not yet held.</summary>
    public bool IsFuture => (Modifiers & (RoleModifiers.Elect | RoleModifiers.Future)) != 0;
}

public enum MentionKind
{
    /// <summary>A personal name, with or without titles: Russian President Dmitry Medvedev, Medvedev.</summary>
    Name,

    /// <summary>A title with no name: the Russian Prime Minister.</summary>
    RoleOnly,
}

/// <summary>A mention of a person: its whole span, the name inside it and the titles given to it.</summary>
public sealed record Mention(
    TextSpan Span,
    MentionKind Kind,
    TextSpan NameSpan,
    IReadOnlyList<string> NameWords,
    IReadOnlyList<TitleMention> Titles,
    int Sentence,
    bool HasHonorific)
{
    public int Index { get; init; }

    /// <summary>Where the surname stands (the last word of the name, before any suffix or possessive).</summary>
    public TextSpan SurnameSpan { get; init; }

    /// <summary>A generational suffix after the name (Jr, Sr, II, III): Donald Trump Jr. is not Donald Trump.</summary>
    public string? Suffix { get; init; }

    /// <summary>The end of the mention with any title set after the name (", Chairman of …").</summary>
    public int ExtentEnd => Titles.Count == 0 ? Span.End : Math.Max(Span.End, Titles.Max(t => t.Span.End));

    public string? Surname => NameWords.Count == 0 ? null : NameWords[^1];

    public string? GivenName => NameWords.Count > 1 ? NameWords[0] : null;

    public string Name => string.Join(' ', NameWords);

    /// <summary>Evidence that the name is a person's, not a place's or a brand's.</summary>
    public bool IsPersonLike => Titles.Count > 0 || HasHonorific || NameWords.Count >= 2;
}
