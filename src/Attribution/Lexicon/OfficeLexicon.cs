namespace Attribution.Lexicon;

/// <summary>
/// The offices lexicon (<c>offices.txt</c>): title forms, who holds an office and where, which offices one
/// person cannot hold at the same time, and which combine.
/// </summary>
public sealed class OfficeLexicon
{
    private readonly Dictionary<string, Office> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Office> _byForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _pluralForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string, string)> _exclusions = [];
    private readonly HashSet<(string, string)> _combinations = [];
    private readonly Dictionary<string, List<Office>> _excludedBy = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _lines;

    public OfficeLexicon(IEnumerable<string> lines)
    {
        _lines = [.. lines];
        var section = "";
        var pairs = new List<(string Section, string A, string B, string Line)>();
        foreach (var line in _lines)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            switch (section)
            {
                case "office" when cells.Length == 4:
                    AddOffice(cells, line);
                    break;
                case "excludes" or "combines" when cells.Length == 2:
                    pairs.Add((section, cells[0], cells[1], line));
                    break;
                default:
                    throw new FormatException($"offices lexicon: cannot read '{line}' in section [{section}].");
            }
        }
        foreach (var (pairSection, a, b, line) in pairs)
        {
            if (!_byId.ContainsKey(a) || !_byId.ContainsKey(b))
            {
                throw new FormatException($"offices lexicon: '{line}' names an office that is not listed in [office].");
            }
            var set = pairSection == "excludes" ? _exclusions : _combinations;
            set.Add((a, b));
            set.Add((b, a));
        }
        foreach (var (a, b) in _exclusions)
        {
            if (_combinations.Contains((a, b)))
            {
                throw new FormatException($"offices lexicon: '{a} | {b}' is both in [excludes] and in [combines].");
            }
            if (a != b)
            {
                if (!_excludedBy.TryGetValue(a, out var list))
                {
                    _excludedBy[a] = list = [];
                }
                list.Add(_byId[b]);
            }
        }
        foreach (var list in _excludedBy.Values)
        {
            list.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        }
        foreach (var office in _byId.Values)
        {
            foreach (var form in office.Forms)
            {
                var singular = form.EndsWith("s.", StringComparison.Ordinal) ? form[..^2] + "." : form.EndsWith('s') ? form[..^1] : null;
                if (singular is not null && office.Forms.Contains(singular, StringComparer.OrdinalIgnoreCase))
                {
                    _pluralForms.Add(form);
                }
            }
        }
        MaxFormWords = _byForm.Keys.Max(f => f.Split(' ').Length);
    }

    public static OfficeLexicon Default { get; } = new(LexiconResource.ReadLines("offices.txt"));

    public int MaxFormWords { get; }

    /// <summary>
    /// This lexicon with more titles, each an office of its own held by many people in an organisation
    /// (Commissioner, Ombudsman). A title that is already a form of an office stays that office's.
    /// </summary>
    public OfficeLexicon WithTitles(IEnumerable<string> titles)
    {
        var added = new List<string> { "[office]" };
        var ids = new HashSet<string>(_byId.Keys, StringComparer.Ordinal);
        foreach (var title in titles)
        {
            if (FindByForm(title) is not null)
            {
                continue;
            }
            var id = title.ToLowerInvariant().Replace(' ', '-');
            while (!ids.Add(id))
            {
                id += "-title";
            }
            added.Add($"{id} | many | body | {title}");
        }
        return new OfficeLexicon([.. _lines, .. added]);
    }

    public IEnumerable<Office> Offices => _byId.Values;

    public IEnumerable<string> Forms => _byForm.Keys;

    public Office? FindById(string id) => _byId.GetValueOrDefault(id);

    public Office? FindByForm(string form) => _byForm.GetValueOrDefault(form);

    /// <summary>A form that names several holders at once: Sens., Senators.</summary>
    public bool IsPluralForm(string form) => _pluralForms.Contains(form);

    /// <summary>
    /// True when one person cannot hold both offices at the same time in one country. For one office with
    /// itself: true when it is held for one jurisdiction at a time (a senator of one state).
    /// </summary>
    public bool Excludes(Office a, Office b) => _exclusions.Contains((a.Id, b.Id));

    /// <summary>True when the lexicon says the two offices go together.</summary>
    public bool Combines(Office a, Office b) => _combinations.Contains((a.Id, b.Id));

    /// <summary>The other offices that <paramref name="office"/> excludes, by id.</summary>
    public IReadOnlyList<Office> ExcludedBy(Office office) => _excludedBy.GetValueOrDefault(office.Id) ?? (IReadOnlyList<Office>)[];

    private void AddOffice(string[] cells, string line)
    {
        var single = cells[1] switch
        {
            "single" => true,
            "many" => false,
            _ => throw new FormatException($"offices lexicon: holders must be 'single' or 'many' in '{line}'."),
        };
        if (!Enum.TryParse<OfficeLevel>(cells[2], ignoreCase: true, out var level) || int.TryParse(cells[2], out _))
        {
            throw new FormatException($"offices lexicon: unknown level '{cells[2]}' in '{line}'.");
        }
        var forms = cells[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (forms.Length == 0 || _byId.ContainsKey(cells[0]))
        {
            throw new FormatException($"offices lexicon: '{line}' has no forms or repeats an id.");
        }
        var office = new Office(cells[0], single, level, forms);
        _byId[office.Id] = office;
        foreach (var form in forms)
        {
            _byForm.TryAdd(form, office);
        }
    }
}
