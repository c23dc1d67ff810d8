using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>One person, with every mention the text makes of them.</summary>
public sealed class Person(int id)
{
    private readonly List<Mention> _mentions = [];

    public int Id { get; } = id;

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The fullest name the text gives, in its most frequent spelling.</summary>
    public string Name => _name ??= _nameMention?.Name ?? "";

    /// <summary>The mention that gives <see cref="Name"/>, which is joined from its words when first asked for.</summary>
    private Mention? _nameMention;
    private string? _name;

    public string? GivenName { get; private set; }

    public string Surname { get; private set; } = "";

    /// <summary>Adds a mention; <see cref="Complete"/> puts them in text order.</summary>
    internal void Add(Mention mention)
    {
        _mentions.Add(mention);
        if (mention.NameWords.Count > 0 && (_nameMention is null || mention.NameWords.Count > _nameMention.NameWords.Count))
        {
            NameAfter(mention);
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
        _mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        // The most frequent spelling; on equal counts the first written. A person has few spellings, so each is
        // counted from where it first appears.
        string? surname = null;
        var surnameCount = 0;
        for (var k = 0; k < _mentions.Count; k++)
        {
            var spelling = _mentions[k].Surname;
            if (!GivesSurname(_mentions[k]) || IsSurnameBefore(spelling!, k))
            {
                continue;
            }
            var count = CountSurnameFrom(spelling!, k);
            if (count > surnameCount)
            {
                (surname, surnameCount) = (spelling, count);
            }
        }
        if (surname is null)
        {
            return;
        }
        // The mention with the most name words; on equal counts the first written.
        Mention? fullest = null;
        foreach (var mention in _mentions)
        {
            if (GivesSurname(mention) && mention.Surname == surname && (fullest is null || mention.NameWords.Count > fullest.NameWords.Count || mention.NameWords.Count == fullest.NameWords.Count && mention.Span.Start < fullest.Span.Start))
            {
                fullest = mention;
            }
        }
        var fullestMention = fullest!;
        Surname = surname;
        GivenName = fullestMention.GivenName;
        NameAfter(fullestMention);
    }

    private void NameAfter(Mention mention)
    {
        _nameMention = mention;
        _name = null;
    }

    private bool IsSurnameBefore(string spelling, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (GivesSurname(_mentions[k]) && _mentions[k].Surname == spelling)
            {
                return true;
            }
        }
        return false;
    }

    private int CountSurnameFrom(string spelling, int start)
    {
        var count = 0;
        for (var k = start; k < _mentions.Count; k++)
        {
            count += GivesSurname(_mentions[k]) && _mentions[k].Surname == spelling ? 1 : 0;
        }
        return count;
    }

    /// <summary>The mentions by first name alone, made at the first: most people have none.</summary>
    private HashSet<int>? _byFirstName;

    /// <summary>Marks a mention that names the person by the first name alone (Hillary): it says nothing of the surname.</summary>
    internal void MarkFirstName(Mention mention) => (_byFirstName ??= []).Add(mention.Index);

    /// <summary>The mentions that give the person's surname.</summary>
    public IEnumerable<Mention> SurnameMentions => _mentions.Where(GivesSurname);

    /// <summary>The mention gives the person's surname: it has one, and is not the first name alone.</summary>
    internal bool GivesSurname(Mention mention) => mention.Surname is not null && _byFirstName?.Contains(mention.Index) != true;

    /// <summary>
    /// True when the surname is spelt more than one way (O'Neill and O’Neill are one): answered without grouping the
    /// mentions, since most people's surname has one spelling.
    /// </summary>
    internal bool HasSeveralSurnameSpellings()
    {
        string? first = null;
        foreach (var mention in _mentions)
        {
            if (!GivesSurname(mention))
            {
                continue;
            }
            if (first is null)
            {
                first = mention.Surname;
            }
            else if (!IsSameSpelling(first, mention.Surname!))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Two surnames with the same <see cref="SpellingKey"/>, compared without making the keys.</summary>
    private static bool IsSameSpelling(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && !(IsApostrophe(a[i]) && IsApostrophe(b[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    /// <summary>How the text spells the surname, with the mentions that use each spelling (O'Neill and O’Neill are one).</summary>
    public IEnumerable<IGrouping<string, Mention>> SurnameSpellings =>
        SurnameMentions.GroupBy(m => SpellingKey(m.Surname!), StringComparer.Ordinal);

    /// <summary>A surname as a spelling: typographic and straight apostrophes are the same letter.</summary>
    public static string SpellingKey(string surname) => surname.Replace('’', '\'').Replace('‘', '\'');

    public override string ToString() => Name;
}
