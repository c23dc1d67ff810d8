using Attribution.Lexicon;

namespace Attribution.Registry;

/// <summary>
/// One person's time in one office as the registry states it. A missing <see cref="From"/> is a start the registry
/// does not know; a missing <see cref="To"/> means the person still holds the office. <see cref="Line"/> is where
/// the registry states it (1-based).
/// </summary>
public sealed record RegistryTerm(Office Office, string Jurisdiction, RegistryDate? From, RegistryDate? To, int Line)
{
    /// <summary>The role as messages name it: "Prime Minister (Russia)".</summary>
    public string Role => $"{Office.Forms[0]} ({Jurisdiction})";

    /// <summary>The dates as the registry writes them: "from 2008-05-07 to 2012-05-07", "from 2004-03-09", "to 1999-12-31".</summary>
    public string Period => (From, To) switch
    {
        ({ } from, { } to) => $"from {from} to {to}",
        ({ } from, null) => $"from {from}",
        (null, { } to) => $"to {to}",
        _ => "at an unstated time",
    };

    /// <summary>The earliest and latest days the term can have started and ended; used where a finding must be possible.</summary>
    internal (DateOnly Start, DateOnly End) Widest => (From?.First ?? DateOnly.MinValue, To?.Last ?? DateOnly.MaxValue);

    /// <summary>The days the term certainly covers (a month or a year as a date makes it shorter); used where a finding must be certain.</summary>
    internal (DateOnly Start, DateOnly End) Certain => (From?.Last ?? DateOnly.MinValue, To?.First ?? DateOnly.MaxValue);

    /// <summary>True when the person may have held the office on some day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => Widest.Start <= end && Widest.End >= start;

    /// <summary>True when this is the same office in the same jurisdiction.</summary>
    public bool IsFor(Office office, string jurisdiction) =>
        Office.Id == office.Id && string.Equals(Jurisdiction, jurisdiction, StringComparison.Ordinal);
}
