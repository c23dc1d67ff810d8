using System.Globalization;
using System.Text;
using Attribution.Lexicon;

namespace Attribution.Records;

/// <summary>
/// Who held which federal office of the United States when: Presidents, Vice Presidents and members of Congress
/// with their leadership posts, from public records (CC0) compiled into the library by
/// <c>tools/Attribution.RecordsCompiler</c>. Loaded on first use; immutable and safe to share between threads.
/// </summary>
public sealed class PublicRecords
{
    private const string ResourceName = "Attribution.Records.office-holders.bin";

    private static readonly Lazy<PublicRecords> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<RecordPerson>> _bySurname = new(StringComparer.Ordinal);
    private readonly NicknameLexicon _nicknames;

    internal PublicRecords(string snapshot, IReadOnlyList<RecordPerson> people, NicknameLexicon nicknames)
    {
        Snapshot = snapshot;
        People = people;
        _nicknames = nicknames;
        foreach (var person in people)
        {
            var last = Words(person.Last);
            if (last.Length == 0)
            {
                continue;
            }
            if (!_bySurname.TryGetValue(last[^1], out var list))
            {
                _bySurname[last[^1]] = list = [];
            }
            list.Add(person);
        }
        var parts = snapshot.Split('-');
        SnapshotEnd = parts.Length >= 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month)
            ? new DateOnly(year, month, DateTime.DaysInMonth(year, month))
            : DateOnly.MaxValue;
    }

    /// <summary>The records embedded in the library, read the first time they are asked for.</summary>
    public static PublicRecords Default => Embedded.Value;

    /// <summary>When the records were taken, as "2026-06".</summary>
    public string Snapshot { get; }

    /// <summary>The last day the records speak for: the end of the snapshot's month.</summary>
    public DateOnly SnapshotEnd { get; }

    public IReadOnlyList<RecordPerson> People { get; }

    /// <summary>Everyone whose surname ends in the given word (Hollen finds Van Hollen), compared without case or accents.</summary>
    public IReadOnlyList<RecordPerson> WithSurname(string surname) =>
        Words(surname) is { Length: > 0 } words && _bySurname.TryGetValue(words[^1], out var list) ? list : [];

    /// <summary>
    /// The records a full name from a text may mean: the surname the records give, and before it a given name the
    /// records give (first, middle, nickname or the first word of the official name) or one the nickname lexicon
    /// pairs with the first name (Chuck for Charles). A suffix in the text (Jr.) must be the record's.
    /// </summary>
    public IReadOnlyList<RecordPerson> Named(IReadOnlyList<string> nameWords, string? suffix)
    {
        var words = Words(string.Join(' ', nameWords));
        if (words.Length < 2)
        {
            return [];
        }
        var written = suffix is null ? null : Key(suffix);
        return [.. WithSurname(words[^1]).Where(person =>
        {
            var last = Words(person.Last);
            if (last.Length >= words.Length || !words.AsSpan(words.Length - last.Length).SequenceEqual(last))
            {
                return false;
            }
            if (written is not null && (person.Suffix is null || Key(person.Suffix) != written))
            {
                return false;
            }
            return GivenNames(person).Contains(words[0]);
        })];
    }

    private HashSet<string> GivenNames(RecordPerson person)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { person.First, person.Middle, person.Nickname })
        {
            if (part is null)
            {
                continue;
            }
            var words = Words(part);
            if (words.Length > 0)
            {
                names.Add(words[0]);
                names.Add(string.Concat(words));
            }
        }
        if (person.OfficialFull is { } full && Words(full) is { Length: > 1 } fullWords)
        {
            names.Add(fullWords[0]);
        }
        foreach (var name in names.ToList())
        {
            names.UnionWith(_nicknames.Of(name));
        }
        return names;
    }

    /// <summary>A name as matching compares it: lower case, no accents, no full stops, split at spaces.</summary>
    internal static string[] Words(string name) => Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // "J.D." is "jd"; an accent is left out ("Luján" is "lujan").
            if (c == '.' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                '\u2019' or '\u2018' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    private static PublicRecords LoadEmbedded()
    {
        using var stream = typeof(PublicRecords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The public records are not embedded in the library.");
        var (snapshot, people) = PublicRecordsFormat.Read(stream);
        return new PublicRecords(snapshot, people, NicknameLexicon.Default);
    }
}
