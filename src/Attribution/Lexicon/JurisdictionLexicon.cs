namespace Attribution.Lexicon;

public enum JurisdictionKind
{
    Country,
    State,
    Party,
}

/// <summary>A country, state or party, with the forms a title uses for it and the country it belongs to.</summary>
public sealed record Jurisdiction(string Id, JurisdictionKind Kind, string? Within, IReadOnlyList<string> Forms)
{
    /// <summary>The country: itself, or the country a state or party belongs to.</summary>
    public string Country => Kind == JurisdictionKind.Country ? Id : Within ?? Id;
}

/// <summary>Countries, states and parties, by the adjectives and names a title uses for them (<c>jurisdictions.txt</c>).</summary>
public sealed class JurisdictionLexicon
{
    private readonly Dictionary<string, string> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPostalCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Jurisdiction> _byId = new(StringComparer.Ordinal);

    public JurisdictionLexicon(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length is < 2 or > 4)
            {
                throw new FormatException($"jurisdictions lexicon: cannot read '{line}'.");
            }
            var kind = cells.Length > 2 && cells[2].Length > 0
                ? Enum.TryParse<JurisdictionKind>(cells[2], ignoreCase: true, out var k) && !int.TryParse(cells[2], out _) ? k : throw new FormatException($"jurisdictions lexicon: unknown kind '{cells[2]}' in '{line}'.")
                : JurisdictionKind.Country;
            var within = cells.Length > 3 && cells[3].Length > 0 ? cells[3] : null;
            var forms = new List<string>();
            foreach (var form in cells[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (kind == JurisdictionKind.State && form.Length == 2 && form.All(char.IsUpper))
                {
                    _byPostalCode.TryAdd(form, cells[0]);
                    continue;
                }
                forms.Add(form);
                _byForm.TryAdd(form, cells[0]);
            }
            _byId.TryAdd(cells[0], new Jurisdiction(cells[0], kind, within, forms));
        }
        MaxFormWords = _byForm.Keys.Max(f => f.Split(' ').Length);
    }

    public static JurisdictionLexicon Default { get; } = new(LexiconResource.ReadLines("jurisdictions.txt"));

    public int MaxFormWords { get; }

    /// <summary>Every jurisdiction's id, in no particular order.</summary>
    public IEnumerable<string> Ids => _byId.Keys;

    public IEnumerable<Jurisdiction> Jurisdictions => _byId.Values;

    /// <summary>The jurisdiction a form names (case-sensitive: "US" is one, "us" is not).</summary>
    public string? Find(string form) => _byForm.GetValueOrDefault(form);

    public Jurisdiction? Get(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The state a party-state tag names: "Texas", "Tex", "N.Y.", "Ky", "IN".</summary>
    public string? FindState(string text)
    {
        var id = _byPostalCode.GetValueOrDefault(text) ?? Find(text) ?? Find(text + ".");
        return Get(id) is { Kind: JurisdictionKind.State } ? id : null;
    }

    /// <summary>The country of a jurisdiction the lexicon knows, or null for an organisation or a place it does not know.</summary>
    public string? CountryOf(string? id) => Get(id)?.Country;

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies within it (Texas within the United States).</summary>
    public bool Contains(string outer, string inner) => outer == inner || Get(inner)?.Within == outer;
}
