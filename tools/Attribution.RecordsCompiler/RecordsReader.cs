using System.Globalization;
using System.Text.RegularExpressions;
using Attribution.Records;
using YamlDotNet.RepresentationModel;

namespace Attribution.RecordsCompiler;

/// <summary>
/// Reads the three record files and merges them into one person per bioguide id: the executive's dated terms, a
/// sitting member's every dated term and leadership post, a former member's last term (undated: the historical file
/// gives the office, not its dates). Only what the title check needs is kept.
/// </summary>
internal static partial class RecordsReader
{
    public static (IReadOnlyList<RecordPerson> People, string? Snapshot) Read(string directory)
    {
        var builders = new List<PersonBuilder>();
        var byId = new Dictionary<string, PersonBuilder>(StringComparer.Ordinal);
        PersonBuilder For(string? id)
        {
            if (id is not null && byId.TryGetValue(id, out var known))
            {
                return known;
            }
            var builder = new PersonBuilder();
            builders.Add(builder);
            if (id is not null)
            {
                byId[id] = builder;
            }
            return builder;
        }

        foreach (var entry in Entries(Path.Combine(directory, "executive.yaml")))
        {
            var person = For(Scalar(entry, "id", "bioguide"));
            person.Name(entry);
            foreach (var term in Items(entry, "terms"))
            {
                var office = Scalar(term, "type") switch
                {
                    "prez" => RecordOffice.President,
                    "viceprez" => RecordOffice.VicePresident,
                    var other => throw new InvalidDataException($"executive.yaml: unknown term type '{other}'"),
                };
                person.Terms.Add(new RecordTerm(office, null, Date(Scalar(term, "start")), Date(Scalar(term, "end"))));
            }
        }
        foreach (var entry in Entries(Path.Combine(directory, "legislators-current.yaml")))
        {
            var person = For(Scalar(entry, "id", "bioguide"));
            person.Name(entry);
            person.LeadershipKnown = true;
            foreach (var term in Items(entry, "terms"))
            {
                person.Terms.Add(new RecordTerm(Chamber(Scalar(term, "type")), Scalar(term, "state"), Date(Scalar(term, "start")), Date(Scalar(term, "end"))));
            }
            foreach (var role in Items(entry, "leadership_roles"))
            {
                if (Post(Scalar(role, "title") ?? "") is { } post && Date(Scalar(role, "start")) is { } start)
                {
                    var chamber = Scalar(role, "chamber") == "senate" ? Records.Chamber.Senate : Records.Chamber.House;
                    person.Roles.Add(new RecordRole(post, chamber, start, Date(Scalar(role, "end"))));
                }
            }
        }
        var historical = Path.Combine(directory, "legislators-historical.csv");
        using (var reader = new StreamReader(historical))
        {
            var header = Csv.Parse(reader.ReadLine() ?? throw new InvalidDataException($"{historical} is empty"));
            int Column(string name) => Array.IndexOf(header, name) is >= 0 and var index ? index : throw new InvalidDataException($"{historical} has no column '{name}'");
            var (last, first, middle, suffix, nickname, full, type, state, id) = (Column("last_name"), Column("first_name"), Column("middle_name"), Column("suffix"),
                Column("nickname"), Column("full_name"), Column("type"), Column("state"), Column("bioguide_id"));
            while (reader.ReadLine() is { } line)
            {
                var cells = Csv.Parse(line);
                string? Cell(int index) => index < cells.Length && cells[index].Length > 0 ? cells[index] : null;
                var person = For(Cell(id));
                person.Fill(Cell(first), Cell(middle), Cell(last), Cell(nickname), Cell(suffix), Cell(full));
                if (Cell(type) is { } chamber)
                {
                    person.Terms.Add(new RecordTerm(Chamber(chamber), Cell(state), null, null));
                }
            }
        }
        return ([.. builders.Where(b => b.First is not null && b.Last is not null).Select(b => b.Build())], Snapshot(directory));
    }

    /// <summary>"snapshot of June 2026" in the records' README, as "2026-06".</summary>
    private static string? Snapshot(string directory)
    {
        var readme = Path.Combine(directory, "README.md");
        if (!File.Exists(readme) || SnapshotPattern().Match(File.ReadAllText(readme)) is not { Success: true } match)
        {
            return null;
        }
        var month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        return $"{match.Groups["year"].Value}-{month:00}";
    }

    [GeneratedRegex(@"snapshot of (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex SnapshotPattern();

    private static RecordOffice Chamber(string? type) => type switch
    {
        "sen" => RecordOffice.Senator,
        "rep" => RecordOffice.Representative,
        _ => throw new InvalidDataException($"unknown term type '{type}'"),
    };

    /// <summary>The posts the title check knows; conference chairs, assistants and the like are left out.</summary>
    private static LeadershipPost? Post(string title) => title switch
    {
        "Speaker of the House" => LeadershipPost.Speaker,
        "Senate Majority Leader" or "House Majority Leader" => LeadershipPost.MajorityLeader,
        "Senate Minority Leader" or "House Minority Leader" => LeadershipPost.MinorityLeader,
        "Senate Majority Whip" or "House Majority Whip" => LeadershipPost.MajorityWhip,
        "Senate Minority Whip" or "House Minority Whip" => LeadershipPost.MinorityWhip,
        _ => null,
    };

    private static IEnumerable<YamlMappingNode> Entries(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        return stream.Documents[0].RootNode is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : throw new InvalidDataException($"{path} is not a list of people");
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode sequence ? sequence.Children.OfType<YamlMappingNode>() : [];

    internal static string? Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(key, out var next))
            {
                return null;
            }
            current = next;
        }
        return current is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed class PersonBuilder
    {
        public string? First { get; private set; }

        public string? Last { get; private set; }

        private string? _middle, _nickname, _suffix, _full;

        public bool LeadershipKnown { get; set; }

        public List<RecordTerm> Terms { get; } = [];

        public List<RecordRole> Roles { get; } = [];

        public void Name(YamlMappingNode entry) => Fill(
            Scalar(entry, "name", "first"), Scalar(entry, "name", "middle"), Scalar(entry, "name", "last"),
            Scalar(entry, "name", "nickname"), Scalar(entry, "name", "suffix"), Scalar(entry, "name", "official_full"));

        /// <summary>Takes each part of the name the person does not have yet.</summary>
        public void Fill(string? first, string? middle, string? last, string? nickname, string? suffix, string? full)
        {
            First ??= first;
            _middle ??= middle;
            Last ??= last;
            _nickname ??= nickname;
            _suffix ??= suffix;
            _full ??= full;
        }

        public RecordPerson Build() => new(First!, _middle, Last!, _nickname, _suffix, _full, LeadershipKnown,
            [.. Terms.OrderBy(t => t.Start ?? DateOnly.MaxValue)], [.. Roles.OrderBy(r => r.Start)]);
    }
}

/// <summary>One line of comma-separated values, with double-quoted fields.</summary>
internal static class Csv
{
    public static string[] Parse(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }
}
