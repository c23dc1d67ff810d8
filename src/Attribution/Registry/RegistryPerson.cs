namespace Attribution.Registry;

/// <summary>A person in the roles registry: the name messages use, other names the text may use, and the offices held.</summary>
public sealed class RegistryPerson(string name, IReadOnlyList<string> aliases, IReadOnlyList<RegistryTerm> terms, int line)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Aliases { get; } = aliases;

    /// <summary>Every office the registry gives the person, from both the people and the offices lists, in file order.</summary>
    public IReadOnlyList<RegistryTerm> Terms { get; } = terms;

    /// <summary>Where the registry first names the person (1-based).</summary>
    public int Line { get; } = line;

    /// <summary>The name and the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public override string ToString() => Name;
}
