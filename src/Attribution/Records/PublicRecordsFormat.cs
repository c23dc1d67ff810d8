using System.IO.Compression;
using System.Text;

namespace Attribution.Records;

/// <summary>
/// The compact form of the public records the library embeds, laid out so that a check reads only the surnames it
/// asks about. A plain header (magic word, version, the snapshot's date, then one line per chunk: its first surname,
/// where its bytes are, how long they are packed and unpacked) is followed by the chunks, each deflated on its own.
/// A chunk holds whole surnames in ordinal order of their keys (<see cref="PublicRecords.Key"/>): first its index
/// (each surname with where its people start and how many there are), then those people's names, terms and
/// leadership posts. Dates are day numbers; -1 is no date. A person whose surname has no word is left out: no name
/// can find them.
/// </summary>
internal static class PublicRecordsFormat
{
    private const string Magic = "ATRC";
    private const int Version = 2;

    /// <summary>
    /// About this many unpacked bytes of people make a chunk: small enough that one surname unpacks in microseconds,
    /// large enough that each chunk still compresses well (the whole file stays near its one-stream size).
    /// </summary>
    private const int ChunkBytes = 16 * 1024;

    public static void Write(Stream stream, string snapshot, IReadOnlyList<RecordPerson> people)
    {
        var surnames = people
            .Select(person => (Key: SurnameKey(person.Last), Person: person))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, People: g.Select(p => p.Person).ToList()))
            .ToList();
        var chunks = new List<(string FirstKey, byte[] Packed, int Length)>();
        var pending = new List<(string Key, byte[] People, int Count)>();
        var pendingBytes = 0;
        foreach (var (key, group) in surnames)
        {
            var encoded = Encode(group);
            pending.Add((key, encoded, group.Count));
            pendingBytes += encoded.Length;
            if (pendingBytes >= ChunkBytes)
            {
                chunks.Add(Chunk(pending));
                pending.Clear();
                pendingBytes = 0;
            }
        }
        if (pending.Count > 0)
        {
            chunks.Add(Chunk(pending));
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(snapshot);
        writer.Write(chunks.Count);
        var offset = 0;
        foreach (var (firstKey, packed, length) in chunks)
        {
            writer.Write(firstKey);
            writer.Write(offset);
            writer.Write(packed.Length);
            writer.Write(length);
            offset += packed.Length;
        }
        foreach (var (_, packed, _) in chunks)
        {
            writer.Write(packed);
        }
    }

    /// <summary>The key a surname is filed under: the last word of its matching form, or null for none.</summary>
    internal static string? SurnameKey(string surname) => PublicRecords.Words(surname) is { Length: > 0 } words ? words[^1] : null;

    private static (string FirstKey, byte[] Packed, int Length) Chunk(List<(string Key, byte[] People, int Count)> surnames)
    {
        using var plain = new MemoryStream();
        using (var writer = new BinaryWriter(plain, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(surnames.Count);
            var offset = 0;
            foreach (var (key, people, count) in surnames)
            {
                writer.Write(key);
                writer.Write(offset);
                writer.Write(count);
                offset += people.Length;
            }
            foreach (var (_, people, _) in surnames)
            {
                writer.Write(people);
            }
        }
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            plain.Position = 0;
            plain.CopyTo(deflate);
        }
        return (surnames[0].Key, packed.ToArray(), (int)plain.Length);
    }

    private static byte[] Encode(IEnumerable<RecordPerson> people)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var person in people)
            {
                writer.Write(person.First);
                writer.Write(person.Middle ?? "");
                writer.Write(person.Last);
                writer.Write(person.Nickname ?? "");
                writer.Write(person.Suffix ?? "");
                writer.Write(person.OfficialFull ?? "");
                writer.Write(person.LeadershipKnown);
                writer.Write((byte)person.Terms.Count);
                foreach (var term in person.Terms)
                {
                    writer.Write((byte)term.Office);
                    writer.Write(term.State ?? "");
                    writer.Write(Day(term.Start));
                    writer.Write(Day(term.End));
                }
                writer.Write((byte)person.Roles.Count);
                foreach (var role in person.Roles)
                {
                    writer.Write((byte)role.Post);
                    writer.Write((byte)role.Chamber);
                    writer.Write(Day(role.Start));
                    writer.Write(Day(role.End));
                }
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Reads the header only; the people are read surname by surname as they are asked for.</summary>
    /// <exception cref="InvalidDataException">The stream is not public records in this format.</exception>
    public static RecordsFile Open(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("not public records of this version");
            }
            var snapshot = reader.ReadString();
            var chunks = new RecordsFile.ChunkEntry[reader.ReadInt32()];
            for (var i = 0; i < chunks.Length; i++)
            {
                chunks[i] = new RecordsFile.ChunkEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            }
            return new RecordsFile(stream, stream.Position, snapshot, chunks);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the public records end early", e);
        }
    }

    /// <summary>The people of one surname from an unpacked chunk, or none where the chunk does not file it.</summary>
    internal static RecordPerson[] ReadSurname(byte[] chunk, string key)
    {
        var wanted = Encoding.UTF8.GetBytes(key);
        using var reader = new BinaryReader(new MemoryStream(chunk, writable: false), Encoding.UTF8);
        try
        {
            var count = reader.ReadInt32();
            int? found = null;
            var people = 0;
            for (var i = 0; i < count; i++)
            {
                // The keys are compared as bytes where they lie: no string is made for the surnames not asked for.
                var length = reader.Read7BitEncodedInt();
                var at = (int)reader.BaseStream.Position;
                reader.BaseStream.Position += length;
                var offset = reader.ReadInt32();
                var number = reader.ReadInt32();
                if (found is null && chunk.AsSpan(at, length).SequenceEqual(wanted))
                {
                    (found, people) = (offset, number);
                }
            }
            if (found is null)
            {
                return [];
            }
            // The whole index has been read: the people start here.
            reader.BaseStream.Position += found.Value;
            return ReadPeople(reader, people);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("the public records are damaged", e);
        }
    }

    private static RecordPerson[] ReadPeople(BinaryReader reader, int count)
    {
        var people = new RecordPerson[count];
        for (var i = 0; i < people.Length; i++)
        {
            var first = reader.ReadString();
            var middle = OrNull(reader.ReadString());
            var last = reader.ReadString();
            var nickname = OrNull(reader.ReadString());
            var suffix = OrNull(reader.ReadString());
            var full = OrNull(reader.ReadString());
            var leadershipKnown = reader.ReadBoolean();
            var terms = new RecordTerm[reader.ReadByte()];
            for (var t = 0; t < terms.Length; t++)
            {
                terms[t] = new RecordTerm((RecordOffice)reader.ReadByte(), OrNull(reader.ReadString()), Date(reader.ReadInt32()), Date(reader.ReadInt32()));
            }
            var roles = new RecordRole[reader.ReadByte()];
            for (var r = 0; r < roles.Length; r++)
            {
                var post = (LeadershipPost)reader.ReadByte();
                var chamber = (Chamber)reader.ReadByte();
                roles[r] = new RecordRole(post, chamber, Date(reader.ReadInt32()) ?? throw new InvalidDataException("a leadership post without a start"), Date(reader.ReadInt32()));
            }
            people[i] = new RecordPerson(first, middle, last, nickname, suffix, full, leadershipKnown, terms, roles);
        }
        return people;
    }

    private static int Day(DateOnly? date) => date?.DayNumber ?? -1;

    private static DateOnly? Date(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    private static string? OrNull(string value) => value.Length == 0 ? null : value;
}
