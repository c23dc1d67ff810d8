using Attribution.Lexicon;

namespace Attribution.Registry;

/// <summary>How a name from the text is found in the registry.</summary>
public enum RegistryMatchKind
{
    /// <summary>No one in the registry has that name, nor (for a name of several words) that surname.</summary>
    NotListed,

    /// <summary>Exactly one person: by name or alias, or by a surname only they have.</summary>
    Found,

    /// <summary>Several people could be meant, or a full name shares its surname with someone listed: the checker cannot tell.</summary>
    Unclear,
}

public readonly record struct RegistryMatch(RegistryMatchKind Kind, RegistryPerson? Person = null);

/// <summary>
/// Who held which office when, as the user states it in a YAML file (see the README's "Roles registry"). The
/// people list and the offices list are merged into one person per name. Immutable once loaded; safe to share
/// between threads and documents.
/// </summary>
public sealed class RolesRegistry
{
    private readonly Dictionary<string, List<RegistryPerson>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RegistryPerson>> _bySurname = new(StringComparer.Ordinal);

    internal RolesRegistry(string source, IReadOnlyList<RegistryPerson> people)
    {
        Source = source;
        People = people;
        foreach (var person in people)
        {
            foreach (var key in person.Names.Select(NameKey).Where(k => k.Length > 0).Distinct())
            {
                Add(_byName, key, person);
                Add(_bySurname, key[(key.LastIndexOf(' ') + 1)..], person);
            }
        }
    }

    /// <summary>The registry file as messages name it.</summary>
    public string Source { get; }

    public IReadOnlyList<RegistryPerson> People { get; }

    /// <summary>Reads and checks a registry file. <paramref name="displayPath"/> is how messages name it (default: the path).</summary>
    /// <exception cref="RegistryException">The file is missing, unreadable, not valid YAML or has an invalid entry.</exception>
    public static RolesRegistry Load(string path, string? displayPath = null)
    {
        var source = displayPath ?? path;
        if (Directory.Exists(path))
        {
            throw new RegistryException(source, null, "is a directory, not a YAML file");
        }
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RegistryException(source, null, "no such file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RegistryException(source, null, $"cannot read the file: {e.Message}", e);
        }
        return Parse(yaml, source);
    }

    /// <summary>Reads and checks registry YAML; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RegistryException">The text is not valid YAML or has an invalid entry.</exception>
    public static RolesRegistry Parse(string yaml, string source) =>
        RolesRegistryReader.Read(yaml, source, OfficeLexicon.Default, JurisdictionLexicon.Default);

    /// <summary>
    /// Finds the person a name from the text means. Names and aliases match whole, ignoring case, spacing and
    /// full stops; a one-word name also matches a surname, when only one person in the registry has it.
    /// </summary>
    public RegistryMatch Match(string name)
    {
        var key = NameKey(name);
        if (key.Length == 0)
        {
            return new RegistryMatch(RegistryMatchKind.Unclear);
        }
        if (_byName.TryGetValue(key, out var named))
        {
            return named.Count == 1 ? new RegistryMatch(RegistryMatchKind.Found, named[0]) : new RegistryMatch(RegistryMatchKind.Unclear);
        }
        var words = key.Split(' ');
        if (!_bySurname.TryGetValue(words[^1], out var bySurname))
        {
            return new RegistryMatch(RegistryMatchKind.NotListed);
        }
        return words.Length == 1 && bySurname.Count == 1
            ? new RegistryMatch(RegistryMatchKind.Found, bySurname[0])
            : new RegistryMatch(RegistryMatchKind.Unclear);
    }

    /// <summary>Everyone the registry gives the office in the jurisdiction, with each of their terms in it.</summary>
    public IEnumerable<(RegistryPerson Person, RegistryTerm Term)> Holders(Office office, string jurisdiction) =>
        People.SelectMany(p => p.Terms.Where(t => t.IsFor(office, jurisdiction)).Select(t => (p, t)));

    /// <summary>A name reduced to what matching compares: lower case, single spaces, no full stops.</summary>
    internal static string NameKey(string name) =>
        string.Join(' ', name.Replace('.', ' ').Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static void Add(Dictionary<string, List<RegistryPerson>> index, string key, RegistryPerson person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }
}
