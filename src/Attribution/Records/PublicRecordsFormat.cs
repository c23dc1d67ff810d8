using System.IO.Compression;
using System.Text;

namespace Attribution.Records;

/// <summary>
/// The compact form of the public records the library embeds: a magic word and version, the snapshot's date, then
/// each person's names, terms and leadership posts, compressed with gzip. Dates are day numbers; -1 is no date.
/// </summary>
internal static class PublicRecordsFormat
{
    private const string Magic = "ATRC";
    private const int Version = 1;

    public static void Write(Stream stream, string snapshot, IReadOnlyList<RecordPerson> people)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(snapshot);
        writer.Write(people.Count);
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

    /// <exception cref="InvalidDataException">The stream is not public records in this format.</exception>
    public static (string Snapshot, IReadOnlyList<RecordPerson> People) Read(Stream stream)
    {
        // Inflated in one go: the reader's many small reads straight from the compressed stream cost most of a cold start.
        var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            gzip.CopyTo(inflated);
        }
        inflated.Position = 0;
        using var reader = new BinaryReader(inflated, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("not public records of this version");
            }
            var snapshot = reader.ReadString();
            var people = new RecordPerson[reader.ReadInt32()];
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
            return (snapshot, people);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the public records end early", e);
        }
    }

    private static int Day(DateOnly? date) => date?.DayNumber ?? -1;

    private static DateOnly? Date(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    private static string? OrNull(string value) => value.Length == 0 ? null : value;
}
