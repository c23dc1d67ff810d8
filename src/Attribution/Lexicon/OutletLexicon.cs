namespace Attribution.Lexicon;

/// <summary>A news outlet: the name it is shown by, every name a text credits it by, and the domains it publishes on.</summary>
public sealed record Outlet(string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Domains);

/// <summary>
/// The news outlets of <c>news-outlets.txt</c> by name and by web domain, and the hosts of
/// <c>link-intermediaries.txt</c> that carry other outlets' work (archives, shorteners, social platforms, aggregators).
/// </summary>
public sealed class OutletLexicon
{
    private readonly Dictionary<string, Outlet> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Outlet> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _intermediaries = new(StringComparer.OrdinalIgnoreCase);

    public OutletLexicon(IEnumerable<string> outletLines, IEnumerable<string> intermediaryLines)
    {
        var outlets = new List<Outlet>();
        foreach (var line in outletLines)
        {
            var fields = line.Split('|');
            if (fields.Length != 3 || fields[0].Trim().Length == 0)
            {
                throw new FormatException($"An outlet line needs 'name | other names | domains': '{line}'");
            }
            var name = fields[0].Trim();
            var names = fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(name).Distinct(StringComparer.Ordinal).ToList();
            var domains = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => d.ToLowerInvariant()).ToList();
            var outlet = new Outlet(name, names, domains);
            outlets.Add(outlet);
            foreach (var each in names)
            {
                _byName.TryAdd(each, outlet);
            }
            foreach (var domain in domains)
            {
                _byDomain.TryAdd(domain, outlet);
            }
        }
        Outlets = outlets;
        foreach (var host in intermediaryLines)
        {
            _intermediaries.Add(host.Trim());
        }
    }

    public static OutletLexicon Default { get; } = new(LexiconResource.ReadLines("news-outlets.txt"), LexiconResource.ReadLines("link-intermediaries.txt"));

    public IReadOnlyList<Outlet> Outlets { get; }

    /// <summary>Every name of every outlet, longest first (so that "Fox News" is tried before "Fox").</summary>
    public IEnumerable<string> AllNames => _byName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);

    /// <summary>The outlet a name (as written, without a leading "the" unless the name has one) stands for.</summary>
    public Outlet? FindByName(string name)
    {
        var trimmed = name.Trim();
        if (_byName.TryGetValue(trimmed, out var outlet))
        {
            return outlet;
        }
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _byName.TryGetValue(trimmed[4..], out outlet) ? outlet : null;
    }

    /// <summary>The outlet that publishes on a host (www.reuters.com, edition.cnn.com): the host or its nearest parent domain listed.</summary>
    public Outlet? FindByHost(string host)
    {
        for (var domain = host.TrimEnd('.'); domain.Length > 0; domain = ParentOf(domain))
        {
            if (_byDomain.TryGetValue(domain, out var outlet))
            {
                return outlet;
            }
        }
        return null;
    }

    /// <summary>True when the host (or a parent domain of it) carries other outlets' work: an archive, a shortener, a platform, an aggregator.</summary>
    public bool IsIntermediary(string host)
    {
        for (var domain = host.TrimEnd('.'); domain.Length > 0; domain = ParentOf(domain))
        {
            if (_intermediaries.Contains(domain))
            {
                return true;
            }
        }
        return false;
    }

    private static string ParentOf(string domain)
    {
        var dot = domain.IndexOf('.');
        return dot < 0 ? "" : domain[(dot + 1)..];
    }
}
