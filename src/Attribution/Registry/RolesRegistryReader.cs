using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attribution.Registry;

/// <summary>
/// Reads registry YAML into a <see cref="RolesRegistry"/>. Every entry is checked and the first fault throws a
/// <see cref="RegistryException"/> with its line: keys are the registry's own, so a misspelt key is an error too
/// (a role whose dates were silently ignored would be worse).
/// </summary>
internal sealed partial class RolesRegistryReader(string source, OfficeLexicon offices, JurisdictionLexicon jurisdictions)
{
    private readonly List<PersonBuilder> _people = [];

    public static RolesRegistry Read(string yaml, string source, OfficeLexicon offices, JurisdictionLexicon jurisdictions)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new RegistryException(source, LineOf(e.Start), $"invalid YAML: {YamlMessage(e)}", e);
        }
        var reader = new RolesRegistryReader(source, offices, jurisdictions);
        if (stream.Documents.Count > 0)
        {
            reader.ReadRoot(stream.Documents[0].RootNode);
        }
        return new RolesRegistry(source, [.. reader._people.Select(p => p.Build())]);
    }

    private void ReadRoot(YamlNode root)
    {
        if (IsNull(root))
        {
            return;
        }
        var entries = Mapping(root, "the registry", "people", "offices");
        // People first, so that holders in the offices list join them wherever the lists stand in the file.
        foreach (var person in Sequence(entries.GetValueOrDefault("people"), "'people'"))
        {
            ReadPerson(person);
        }
        foreach (var office in Sequence(entries.GetValueOrDefault("offices"), "'offices'"))
        {
            ReadOffice(office);
        }
    }

    private void ReadPerson(YamlNode node)
    {
        var entries = Mapping(node, "a person", "name", "aliases", "roles");
        var name = RequiredText(entries, "name", node, "a person");
        var key = RolesRegistry.NameKey(name);
        if (_people.FirstOrDefault(p => RolesRegistry.NameKey(p.Name) == key) is { } earlier)
        {
            throw Error(entries["name"], $"'{name}' is listed twice in 'people' (first on line {earlier.Line})");
        }
        var person = new PersonBuilder(name, LineOf(node));
        _people.Add(person);
        if (entries.GetValueOrDefault("aliases") is { } aliases && !IsNull(aliases))
        {
            var items = aliases is YamlSequenceNode list ? list.Children : [aliases];
            foreach (var alias in items)
            {
                person.AddAlias(Text(alias, "an alias"));
            }
        }
        foreach (var role in Sequence(entries.GetValueOrDefault("roles"), "'roles'"))
        {
            var term = Mapping(role, "a role", "office", "jurisdiction", "from", "to");
            person.Add(ReadTerm(term, role, "a role"));
        }
    }

    private void ReadOffice(YamlNode node)
    {
        var entries = Mapping(node, "an office", "office", "jurisdiction", "holders");
        var office = ReadOfficeId(entries, node, "an office");
        var jurisdiction = ReadJurisdiction(entries, node, "an office");
        foreach (var holder in Sequence(entries.GetValueOrDefault("holders"), "'holders'"))
        {
            var holderEntries = Mapping(holder, "a holder", "name", "from", "to");
            var name = RequiredText(holderEntries, "name", holder, "a holder");
            var (from, to) = ReadDates(holderEntries);
            FindOrAdd(name, holderEntries["name"]).Add(new RegistryTerm(office, jurisdiction, from, to, LineOf(holder)));
        }
    }

    private RegistryTerm ReadTerm(Dictionary<string, YamlNode> entries, YamlNode node, string what)
    {
        var office = ReadOfficeId(entries, node, what);
        var jurisdiction = ReadJurisdiction(entries, node, what);
        var (from, to) = ReadDates(entries);
        return new RegistryTerm(office, jurisdiction, from, to, LineOf(node));
    }

    private Office ReadOfficeId(Dictionary<string, YamlNode> entries, YamlNode node, string what)
    {
        var text = RequiredText(entries, "office", node, what);
        if ((offices.FindById(text) ?? offices.FindByForm(text)) is { } office)
        {
            return office;
        }
        var suggestion = offices.Offices.Select(o => o.Id).Concat(offices.Forms).FirstOrDefault(c => EditDistance.IsAtMostOne(c, text));
        throw Error(entries["office"], suggestion is not null
            ? $"unknown office '{text}' (did you mean '{suggestion}'?)"
            : $"unknown office '{text}' (use an id or a title from the offices lexicon, such as 'prime-minister' or 'Prime Minister')");
    }

    private string ReadJurisdiction(Dictionary<string, YamlNode> entries, YamlNode node, string what)
    {
        var text = RequiredText(entries, "jurisdiction", node, what);
        if ((jurisdictions.Find(text) ?? jurisdictions.Ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase))) is { } jurisdiction)
        {
            return jurisdiction;
        }
        var suggestion = jurisdictions.Ids.Order(StringComparer.Ordinal).FirstOrDefault(c => EditDistance.IsAtMostOne(c, text));
        throw Error(entries["jurisdiction"], suggestion is not null
            ? $"unknown jurisdiction '{text}' (did you mean '{suggestion}'?)"
            : $"unknown jurisdiction '{text}' (use a country from the jurisdictions lexicon, such as 'Russia' or 'Russian')");
    }

    private (RegistryDate? From, RegistryDate? To) ReadDates(Dictionary<string, YamlNode> entries)
    {
        var from = ReadDate(entries.GetValueOrDefault("from"), "from");
        var to = ReadDate(entries.GetValueOrDefault("to"), "to");
        if (from is { } start && to is { } end && end.Last < start.First)
        {
            throw Error(entries["to"], $"'to' {end} is before 'from' {start}");
        }
        return (from, to);
    }

    private RegistryDate? ReadDate(YamlNode? node, string key)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && RegistryDate.TryParse(text, out var date))
        {
            return date;
        }
        var shown = node is YamlScalarNode scalar ? $"'{scalar.Value}'" : "this";
        throw Error(node, $"'{key}': {shown} is not a date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)");
    }

    private PersonBuilder FindOrAdd(string name, YamlNode node)
    {
        var key = RolesRegistry.NameKey(name);
        var matches = _people.Where(p => p.Keys.Contains(key)).ToList();
        if (matches.Count > 1)
        {
            throw Error(node, $"'{name}' names more than one person in 'people' (lines {string.Join(" and ", matches.Select(m => m.Line))})");
        }
        if (matches.Count == 1)
        {
            return matches[0];
        }
        var person = new PersonBuilder(name, LineOf(node));
        _people.Add(person);
        return person;
    }

    /// <summary>The entries of a mapping by lower-case key; a key not in <paramref name="keys"/> is an error.</summary>
    private Dictionary<string, YamlNode> Mapping(YamlNode node, string what, params string[] keys)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"{what} must be a mapping with the keys {string.Join(", ", keys)}");
        }
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (key is null || !keys.Contains(key))
            {
                var shown = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
                throw Error(keyNode, $"unknown key '{shown}' in {what} (expected {string.Join(", ", keys)})");
            }
            entries[key] = value;
        }
        return entries;
    }

    private IEnumerable<YamlNode> Sequence(YamlNode? node, string what) => node switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children,
        _ when IsNull(node) => [],
        _ => throw Error(node, $"{what} must be a list"),
    };

    private string RequiredText(Dictionary<string, YamlNode> entries, string key, YamlNode owner, string what)
    {
        if (!entries.TryGetValue(key, out var node) || IsNull(node))
        {
            throw Error(owner, $"{what} needs '{key}'");
        }
        return Text(node, $"'{key}'");
    }

    private string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw Error(node, $"{what} must be text");

    private RegistryException Error(YamlNode node, string problem) => new(source, LineOf(node.Start), problem);

    private static int LineOf(YamlNode node) => LineOf(node.Start);

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>YamlDotNet's message without its position prefix (the line is reported separately), on one line.</summary>
    internal static string YamlMessage(YamlException e) =>
        WhiteSpaceRun().Replace(PositionPrefix().Replace(e.Message, ""), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"^\s*\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.NonBacktracking)]
    private static partial Regex PositionPrefix();

    /// <summary>A person while the file is read: both lists add to it.</summary>
    private sealed class PersonBuilder(string name, int line)
    {
        private readonly List<string> _aliases = [];
        private readonly List<RegistryTerm> _terms = [];

        public string Name { get; } = name;

        public int Line { get; } = line;

        public IEnumerable<string> Keys => _aliases.Prepend(Name).Select(RolesRegistry.NameKey);

        public void AddAlias(string alias)
        {
            if (!Keys.Contains(RolesRegistry.NameKey(alias)))
            {
                _aliases.Add(alias);
            }
        }

        /// <summary>Adds a term, unless both lists state the same one.</summary>
        public void Add(RegistryTerm term)
        {
            if (!_terms.Any(t => t.IsFor(term.Office, term.Jurisdiction) && t.From?.Text == term.From?.Text && t.To?.Text == term.To?.Text))
            {
                _terms.Add(term);
            }
        }

        public RegistryPerson Build() => new(Name, [.. _aliases], [.. _terms], Line);
    }
}
