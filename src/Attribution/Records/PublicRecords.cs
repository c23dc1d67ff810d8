using System.Globalization;
using System.Text;
using Attribution.Lexicon;

namespace Attribution.Records;

/// <summary>
/// Who held which federal office of the United States when: Presidents, Vice Presidents and members of Congress
/// with their leadership posts, from public records (CC0) compiled into the library by
/// <c>tools/Attribution.RecordsCompiler</c>. Only the index of surnames is read on first use; a surname's
/// people are read the first time they are asked for. Immutable to its users and safe to share between threads.
/// </summary>
public sealed class PublicRecords
{
    private const string ResourceName = "Attribution.Records.office-holders.bin";

    private static readonly Lazy<PublicRecords> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RecordsFile _file;
    private readonly NicknameLexicon _nicknames;

    internal PublicRecords(RecordsFile file, NicknameLexicon nicknames)
    {
        _file = file;
        _nicknames = nicknames;
        var parts = Snapshot.Split('-');
        SnapshotEnd = parts.Length >= 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month)
            ? new DateOnly(year, month, DateTime.DaysInMonth(year, month))
            : DateOnly.MaxValue;
    }

    /// <summary>The records embedded in the library, read the first time they are asked for.</summary>
    public static PublicRecords Default => Embedded.Value;

    /// <summary>When the records were taken, as "2026-06".</summary>
    public string Snapshot => _file.Snapshot;

    /// <summary>The last day the records speak for: the end of the snapshot's month.</summary>
    public DateOnly SnapshotEnd { get; }

    /// <summary>Everyone whose surname ends in the given word (Hollen finds Van Hollen), compared without case or accents.</summary>
    public IReadOnlyList<RecordPerson> WithSurname(string surname) =>
        PublicRecordsFormat.SurnameKey(surname) is { } key ? _file.WithSurnameKey(key) : [];

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
        // The stream stays open for the life of the process: surnames are read from it as they are asked for.
        var stream = typeof(PublicRecords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The public records are not embedded in the library.");
        return new PublicRecords(PublicRecordsFormat.Open(stream), NicknameLexicon.Default);
    }
}
