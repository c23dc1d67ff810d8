namespace Attribution.Lexicon;

/// <summary>
/// Given names and the short forms people go by (Charles: Chuck, Charlie), from <c>nicknames.txt</c>. A pair works
/// both ways; names are compared in lower case.
/// </summary>
public sealed class NicknameLexicon
{
    private readonly Dictionary<string, HashSet<string>> _forms = new(StringComparer.Ordinal);

    public NicknameLexicon(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split('|', 2);
            if (parts.Length != 2)
            {
                throw new FormatException($"A nickname line needs 'name | nickname, …': '{line}'");
            }
            var name = parts[0].Trim().ToLowerInvariant();
            foreach (var nickname in parts[1].Split(',').Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0))
            {
                Add(name, nickname);
                Add(nickname, name);
            }
        }
    }

    public static NicknameLexicon Default { get; } = new(LexiconResource.ReadLines("nicknames.txt"));

    /// <summary>The names paired with <paramref name="name"/> (lower case), without the name itself.</summary>
    public IReadOnlyCollection<string> Of(string name) => _forms.TryGetValue(name, out var forms) ? forms : [];

    private void Add(string from, string to)
    {
        if (!_forms.TryGetValue(from, out var set))
        {
            _forms[from] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(to);
    }
}
