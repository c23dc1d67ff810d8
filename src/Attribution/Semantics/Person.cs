using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>One person, with every mention the text makes of them.</summary>
public sealed class Person(int id)
{
    private readonly List<Mention> _mentions = [];

    public int Id { get; } = id;

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The fullest name the text gives, in its most frequent spelling.</summary>
    public string Name { get; private set; } = "";

    public string? GivenName { get; private set; }

    public string Surname { get; private set; } = "";

    /// <summary>Adds a mention; <see cref="Complete"/> puts them in text order.</summary>
    internal void Add(Mention mention)
    {
        _mentions.Add(mention);
        if (mention.NameWords.Count > 0 && (Name.Length == 0 || mention.NameWords.Count > Name.AsSpan().Count(' ') + 1))
        {
            Name = mention.Name;
            GivenName = mention.GivenName;
            Surname = mention.Surname!;
        }
    }

    internal void Remove(Mention mention) => _mentions.Remove(mention);

    /// <summary>The text treats the name as a person's: with a title or courtesy title, or as a speaker.</summary>
    public bool IsConfirmed { get; private set; }

    internal void Confirm() => IsConfirmed = true;

    /// <summary>Puts the mentions in text order and names the person by the most frequent spelling of the fullest name.</summary>
    internal void Complete()
    {
        _mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
        // The spellings in the order they first appear: on equal counts the first written wins. A person has few.
        var spellings = new List<(string Surname, int Count)>();
        foreach (var mention in SurnameMentions)
        {
            var k = spellings.FindIndex(s => string.Equals(s.Surname, mention.Surname, StringComparison.Ordinal));
            if (k < 0)
            {
                spellings.Add((mention.Surname!, 1));
            }
            else
            {
                spellings[k] = (spellings[k].Surname, spellings[k].Count + 1);
            }
        }
        if (spellings.Count == 0)
        {
            return;
        }
        var surname = spellings[0];
        foreach (var spelling in spellings)
        {
            surname = spelling.Count > surname.Count ? spelling : surname;
        }
        // The mention with the most name words; on equal counts the first written.
        Mention? fullest = null;
        foreach (var mention in SurnameMentions)
        {
            if (mention.Surname == surname.Surname && (fullest is null || mention.NameWords.Count > fullest.NameWords.Count || mention.NameWords.Count == fullest.NameWords.Count && mention.Span.Start < fullest.Span.Start))
            {
                fullest = mention;
            }
        }
        var fullestMention = fullest!;
        Surname = surname.Surname;
        GivenName = fullestMention.GivenName;
        Name = fullestMention.Name;
    }

    private readonly HashSet<int> _byFirstName = [];

    /// <summary>Marks a mention that names the person by the first name alone (Hillary): it says nothing of the surname.</summary>
    internal void MarkFirstName(Mention mention) => _byFirstName.Add(mention.Index);

    /// <summary>The mentions that give the person's surname.</summary>
    public IEnumerable<Mention> SurnameMentions => _mentions.Where(GivesSurname);

    /// <summary>The mention gives the person's surname: it has one, and is not the first name alone.</summary>
    internal bool GivesSurname(Mention mention) => mention.Surname is not null && !_byFirstName.Contains(mention.Index);

    /// <summary>How the text spells the surname, with the mentions that use each spelling (O'Neill and O’Neill are one).</summary>
    public IEnumerable<IGrouping<string, Mention>> SurnameSpellings =>
        SurnameMentions.GroupBy(m => SpellingKey(m.Surname!), StringComparer.Ordinal);

    /// <summary>A surname as a spelling: typographic and straight apostrophes are the same letter.</summary>
    public static string SpellingKey(string surname) => surname.Replace('’', '\'').Replace('‘', '\'');

    public override string ToString() => Name;
}
