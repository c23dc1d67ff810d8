namespace Attribution.Records;

/// <summary>
/// A person in the public records: their names as the records give them, their terms in federal office and their
/// leadership posts. <see cref="LeadershipKnown"/> is true where the records list every leadership post the
/// person held (sitting members of Congress); elsewhere a post not listed says nothing.
/// </summary>
public sealed class RecordPerson(
    string first,
    string? middle,
    string last,
    string? nickname,
    string? suffix,
    string? officialFull,
    bool leadershipKnown,
    IReadOnlyList<RecordTerm> terms,
    IReadOnlyList<RecordRole> roles)
{
    public string First { get; } = first;

    public string? Middle { get; } = middle;

    public string Last { get; } = last;

    public string? Nickname { get; } = nickname;

    public string? Suffix { get; } = suffix;

    public string? OfficialFull { get; } = officialFull;

    public bool LeadershipKnown { get; } = leadershipKnown;

    public IReadOnlyList<RecordTerm> Terms { get; } = terms;

    public IReadOnlyList<RecordRole> Roles { get; } = roles;

    /// <summary>The dated terms joined into unbroken spans, one office and state at a time.</summary>
    public IReadOnlyList<RecordSpan> OfficeSpans => _officeSpans ??= RecordSpan.OfTerms(Terms);

    /// <summary>The leadership posts joined into unbroken spans.</summary>
    public IReadOnlyList<RecordSpan> PostSpans => _postSpans ??= RecordSpan.OfRoles(Roles);

    private IReadOnlyList<RecordSpan>? _officeSpans;
    private IReadOnlyList<RecordSpan>? _postSpans;

    /// <summary>The name messages use: the official full name, else the name the person goes by and the surname.</summary>
    public string Name => OfficialFull ?? $"{Nickname ?? First} {Last}";

    public override string ToString() => Name;
}
