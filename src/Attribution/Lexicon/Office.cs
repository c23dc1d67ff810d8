namespace Attribution.Lexicon;

/// <summary>The kind of jurisdiction an office belongs to (see the header of <c>offices.txt</c>).</summary>
public enum OfficeLevel
{
    /// <summary>A country: the Russian President, the U.S. Secretary of State.</summary>
    Country,

    /// <summary>A state or province, or a country: the Governor of Indiana, a senator for Texas.</summary>
    State,

    /// <summary>A party: the Republican presidential nominee.</summary>
    Party,

    /// <summary>An organisation or a city, named with "of …": the chairman of the Oversight Committee.</summary>
    Body,

    /// <summary>A military or police rank: many holders, combines with any office.</summary>
    Rank,
}

/// <summary>An office or rank from the offices lexicon.</summary>
public sealed record Office(string Id, bool SingleHolder, OfficeLevel Level, IReadOnlyList<string> Forms)
{
    public bool IsRank => Level == OfficeLevel.Rank;

    public override string ToString() => Id;
}
