namespace Attribution.Semantics;

public enum TimeAnchorKind
{
    /// <summary>Nothing in the text dates the claim: it speaks of the article's own time.</summary>
    Present,

    /// <summary>The sentence or paragraph names a year.</summary>
    Year,

    /// <summary>former, then-, ex-, late, once, years ago: a past the text does not date.</summary>
    Past,

    /// <summary>-elect, future, would-be, "a President Clinton": a role not held yet, or only imagined.</summary>
    Future,

    /// <summary>The text names several years and which one the claim belongs to is not clear.</summary>
    Unknown,
}

/// <summary>When a role claim holds, as far as the text says.</summary>
public readonly record struct TimeAnchor(TimeAnchorKind Kind, int Year = 0)
{
    public static TimeAnchor Present { get; } = new(TimeAnchorKind.Present);

    public static TimeAnchor Past { get; } = new(TimeAnchorKind.Past);

    public static TimeAnchor Future { get; } = new(TimeAnchorKind.Future);

    public static TimeAnchor Unknown { get; } = new(TimeAnchorKind.Unknown);

    public static TimeAnchor InYear(int year) => new(TimeAnchorKind.Year, year);

    /// <summary>
    /// True when both claims certainly speak of the same time: both of the article's present, the same year,
    /// or a year that is the article's own year and the present. Anything else could be different times.
    /// </summary>
    public bool Overlaps(TimeAnchor other, int? articleYear) => (Kind, other.Kind) switch
    {
        (TimeAnchorKind.Present, TimeAnchorKind.Present) => true,
        (TimeAnchorKind.Year, TimeAnchorKind.Year) => Year == other.Year,
        (TimeAnchorKind.Year, TimeAnchorKind.Present) => articleYear == Year,
        (TimeAnchorKind.Present, TimeAnchorKind.Year) => articleYear == other.Year,
        _ => false,
    };

    public override string ToString() => Kind == TimeAnchorKind.Year ? Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : Kind.ToString().ToLowerInvariant();
}
