using System.Runtime.CompilerServices;
using Attribution.Lexicon;
using Attribution.Semantics;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>
/// Who a speaker is, as far as the text says: a resolved person, or a proper name (an organisation such as The
/// Washington Post or Wyoming Republicans, or a name the resolver left alone). Descriptions (the candidate, the
/// statement), unnamed groups and unresolved pronouns have no identity: they could be anyone.
/// </summary>
internal sealed class SpeakerIdentity
{
    private readonly Person? _person;

    /// <summary>The distinctive words of the name or of every name the person goes by, without case; one set for each person.</summary>
    private readonly HashSet<string> _nameWords;

    /// <summary>Capitalised words the text writes beside the person's mentions (titles, appositions): what they speak for; one set for each person.</summary>
    private readonly HashSet<string> _mentionAffiliations;

    /// <summary>Capitalised words of this statement's speaker and of the sentence that credits the words.</summary>
    private readonly HashSet<string> _statementAffiliations;

    /// <summary>The distinctive words of the speaker as written here, in order: for initials (U.N.).</summary>
    private readonly List<string> _writtenWords;

    private SpeakerIdentity(string name, Person? person, HashSet<string> nameWords, HashSet<string> mentionAffiliations, HashSet<string> statementAffiliations, List<string> writtenWords)
    {
        Name = name;
        _writtenWords = writtenWords;
        _person = person;
        _nameWords = nameWords;
        _mentionAffiliations = mentionAffiliations;
        _statementAffiliations = statementAffiliations;
    }

    /// <summary>How a message names the speaker.</summary>
    public string Name { get; }

    /// <summary>
    /// Equal for two identities that <see cref="CouldBe"/> cannot tell apart: the same person with the same words
    /// around this statement, or the same name as written. A rule comparing many statements compares one of each.
    /// </summary>
    public IdentityKey Key => _key ??= new IdentityKey(_person, _person is null ? Name : KeyText(_statementAffiliations, _writtenWords));

    /// <summary>Made when a rule first compares identities by key: most identities are only compared one to one.</summary>
    private IdentityKey? _key;

    /// <summary>The person, or null for a name; and the text that, with it, makes every word <see cref="CouldBe"/> reads.</summary>
    public readonly record struct IdentityKey(Person? Person, string Text);

    /// <summary>The identity of a statement's speaker, or null when the text does not say who it is.</summary>
    public static SpeakerIdentity? Of(SemanticModel model, Statement statement)
    {
        var text = model.Syntax.Text;
        var speaker = statement.Speaker!;
        var written = Words(text, speaker.Span).Where(w => !Lexicons.NameConnectives.Contains(w)).Select(Possessive).ToList();
        if (speaker.Person is { } person)
        {
            var affiliations = new HashSet<string>(CapitalisedWords(text, speaker.Span), StringComparer.OrdinalIgnoreCase);
            if (model.Syntax.SentenceAt(speaker.Span.Start) is { } sentence)
            {
                // The sentence that credits the words, without the words: "said Brian Fallon, a Clinton campaign spokesman".
                var quoted = statement.ContentCover;
                affiliations.UnionWith(CapitalisedWords(text, new TextSpan(sentence.Span.Start, Math.Max(sentence.Span.Start, Math.Min(sentence.Span.End, quoted.Start)))));
                affiliations.UnionWith(CapitalisedWords(text, new TextSpan(Math.Min(sentence.Span.End, Math.Max(sentence.Span.Start, quoted.End)), sentence.Span.End)));
            }
            var gathered = MentionWords.GetValue(person, p => GatherMentionWords(text, p));
            return new SpeakerIdentity(person.Name, person, gathered.NameWords, gathered.Affiliations, affiliations, written);
        }
        if (speaker.IsAnonymous || speaker.Kind is SpeakerKind.Pronoun or SpeakerKind.Group or SpeakerKind.Role)
        {
            return null;
        }
        var span = speaker.Span;
        var words = Words(text, span);
        if (words.Count == 0 || !words.All(w => Lexicons.NameConnectives.Contains(w) || char.IsUpper(w[0]) || char.IsDigit(w[0])))
        {
            return null; // a description, not a name
        }
        var distinctive = new HashSet<string>(words.Where(w => !Lexicons.NameConnectives.Contains(w)).Select(Possessive), StringComparer.OrdinalIgnoreCase);
        return distinctive.Count == 0 ? null : new SpeakerIdentity(text.Substring(span.Start, span.Length), null, distinctive, [], [], written);
    }

    /// <summary>
    /// The name words and the capitalised words beside each of a person's mentions, gathered once per person: a person
    /// quoted in every paragraph would otherwise have all their mentions read again for each statement.
    /// </summary>
    private static readonly ConditionalWeakTable<Person, PersonWords> MentionWords = new();

    private sealed record PersonWords(HashSet<string> NameWords, HashSet<string> Affiliations);

    private static PersonWords GatherMentionWords(string text, Person person)
    {
        var affiliations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in person.Mentions)
        {
            affiliations.UnionWith(CapitalisedWords(text, new TextSpan(mention.Span.Start, mention.ExtentEnd)));
        }
        return new PersonWords(new(person.Mentions.SelectMany(m => m.NameWords), StringComparer.OrdinalIgnoreCase), affiliations);
    }

    /// <summary>The statement's own words, in an order that does not depend on how the set was filled, and without case as the set compares them.</summary>
    private static string KeyText(HashSet<string> statementAffiliations, List<string> writtenWords) =>
        string.Join('\u0001', statementAffiliations.Select(w => w.ToUpperInvariant()).Order(StringComparer.Ordinal))
        + '\u0002' + string.Join('\u0001', writtenWords);

    /// <summary>
    /// True unless the two are surely different: the same person; names of which one holds the other's words
    /// (The Post, The Washington Post) or its initials (U.N., United Nations); a person whose name is in the
    /// organisation's (the Clinton campaign) or who is described by it (a State Department spokesman).
    /// </summary>
    public bool CouldBe(SpeakerIdentity other)
    {
        if (_person is not null && other._person is not null)
        {
            return _person == other._person;
        }
        if (_person is null && other._person is null)
        {
            return _nameWords.IsSubsetOf(other._nameWords) || other._nameWords.IsSubsetOf(_nameWords)
                || IsInitialsOf(other) || other.IsInitialsOf(this);
        }
        var (person, named) = _person is not null ? (this, other) : (other, this);
        return named._nameWords.Overlaps(person._nameWords)
            || named._nameWords.Overlaps(person._mentionAffiliations) || named._nameWords.Overlaps(person._statementAffiliations)
            || IsInitialsOf(other) || other.IsInitialsOf(this);
    }

    /// <summary>A one-word name made of the initials of the other's words (FBI, U.N.).</summary>
    private bool IsInitialsOf(SpeakerIdentity other)
    {
        if (_nameWords.Count != 1)
        {
            return false;
        }
        var letters = new string([.. _nameWords.First().Where(char.IsLetter)]);
        return letters.Length >= 2 && letters.All(char.IsUpper)
            && string.Equals(letters, new string([.. other._writtenWords.Select(w => w[0])]), StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> CapitalisedWords(string text, TextSpan span) =>
        Words(text, span).Where(w => char.IsUpper(w[0]) && !Lexicons.NameConnectives.Contains(w)).Select(Possessive);

    private static List<string> Words(string text, TextSpan span) =>
        [.. text.Substring(span.Start, span.Length).Split([' ', '\n', ',', ';', ':', '(', ')', '“', '”', '"', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', '!', '?'))
            .Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0]))];

    private static string Possessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
}
