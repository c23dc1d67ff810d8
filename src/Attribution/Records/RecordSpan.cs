using System.Globalization;

namespace Attribution.Records;

/// <summary>
/// An unbroken time in one office or post: consecutive terms joined (a senator re-elected twice is one span). For an
/// office <see cref="Office"/> is set; for a leadership post <see cref="Post"/> and <see cref="Chamber"/>.
/// <see cref="End"/> is <see cref="DateOnly.MaxValue"/> for a post still held at the snapshot.
/// </summary>
public sealed record RecordSpan(string Role, DateOnly Start, DateOnly End, RecordOffice? Office = null, LeadershipPost? Post = null, Chamber? Chamber = null)
{
    /// <summary>Terms this many days apart or closer are one span (one Congress ends on 3 January, the next starts on the 3rd or 4th).</summary>
    private const int JoinGap = 3;

    /// <summary>True when the span holds every day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Covers(DateOnly start, DateOnly end) => Start <= start && End >= end;

    /// <summary>True when the span holds some day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => Start <= end && End >= start;

    /// <summary>"President from 2009-01-20 to 2017-01-20", "Senate Majority Leader from 2021-02-03".</summary>
    public override string ToString() => End == DateOnly.MaxValue
        ? $"{Role} from {Day(Start)}"
        : $"{Role} from {Day(Start)} to {Day(End)}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The person's dated terms as spans, one office and state at a time.</summary>
    internal static IReadOnlyList<RecordSpan> OfTerms(IEnumerable<RecordTerm> terms) => Join(terms
        .Where(t => t.IsDated)
        .Select(t => new RecordSpan(t.Describe(), t.Start!.Value, t.End!.Value, Office: t.Office)));

    /// <summary>The person's leadership posts as spans, one post and chamber at a time.</summary>
    internal static IReadOnlyList<RecordSpan> OfRoles(IEnumerable<RecordRole> roles) => Join(roles
        .Select(r => new RecordSpan(r.Describe(), r.Start, r.End ?? DateOnly.MaxValue, Post: r.Post, Chamber: r.Chamber)));

    private static List<RecordSpan> Join(IEnumerable<RecordSpan> spans)
    {
        var joined = new List<RecordSpan>();
        foreach (var span in spans.OrderBy(s => s.Role, StringComparer.Ordinal).ThenBy(s => s.Start))
        {
            if (joined.Count > 0 && joined[^1] is var last && last.Role == span.Role && span.Start.DayNumber - last.End.DayNumber <= JoinGap)
            {
                joined[^1] = last with { End = span.End > last.End ? span.End : last.End };
            }
            else
            {
                joined.Add(span);
            }
        }
        return joined;
    }
}
