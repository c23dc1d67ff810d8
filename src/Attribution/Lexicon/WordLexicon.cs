namespace Attribution.Lexicon;

/// <summary>A word list with optional multi-word phrases ("~according to").</summary>
public sealed class WordLexicon
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly List<string[]> _phrases = [];
    private readonly Dictionary<string, List<string[]>> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public WordLexicon(IEnumerable<string> lines)
    {
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            if (line.StartsWith('~'))
            {
                _phrases.Add(line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                _words.Add(line);
            }
        }
        _phrases.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var phrase in _phrases)
        {
            if (!_phrasesByFirstWord.TryGetValue(phrase[0], out var list))
            {
                _phrasesByFirstWord[phrase[0]] = list = [];
            }
            list.Add(phrase);
        }
    }

    public static WordLexicon Load(string name) => new(LexiconResource.ReadLines(name));

    public IReadOnlyList<string[]> Phrases => _phrases;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>As <see cref="Contains(string)"/>, without making a string of the word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _wordsBySpan.Contains(word);

    /// <summary>True when the word with a full stop after it is in the list (Gen for "Gen."), without building that string.</summary>
    public bool ContainsWithFullStop(string word)
    {
        if (word.Length >= 64)
        {
            return _words.Contains(word + ".");
        }
        Span<char> withStop = stackalloc char[word.Length + 1];
        word.CopyTo(withStop);
        withStop[^1] = '.';
        return _wordsBySpan.Contains(withStop);
    }

    /// <summary>The number of words of the longest phrase that starts at <paramref name="index"/>, or 0.</summary>
    public int MatchPhrase(IReadOnlyList<string> words, int index) => MatchPhrase(words.Count, k => words[k], index);

    /// <summary>As <see cref="MatchPhrase(IReadOnlyList{string}, int)"/>, over the texts of tokens.</summary>
    public int MatchPhrase(IReadOnlyList<Syntax.Token> tokens, int index) => MatchPhrase(tokens.Count, k => tokens[k].Text, index);

    private int MatchPhrase(int count, Func<int, string> word, int index)
    {
        if (index >= count || !_phrasesByFirstWord.TryGetValue(word(index), out var candidates))
        {
            return 0;
        }
        foreach (var phrase in candidates)
        {
            if (index + phrase.Length > count)
            {
                continue;
            }
            var matches = true;
            for (var k = 1; k < phrase.Length && matches; k++)
            {
                matches = string.Equals(word(index + k), phrase[k], StringComparison.OrdinalIgnoreCase);
            }
            if (matches)
            {
                return phrase.Length;
            }
        }
        return 0;
    }
}

/// <summary>The word lists the pipeline uses, loaded once.</summary>
public static class Lexicons
{
    /// <summary>The cue lexicon with each cue's kind.</summary>
    public static CueLexicon Cues { get; } = CueLexicon.Load("cue-verbs.txt");

    /// <summary>The forms of the cue lexicon as a word list.</summary>
    public static WordLexicon CueWords => Cues.Words;

    public static WordLexicon Honorifics { get; } = WordLexicon.Load("honorifics.txt");

    public static WordLexicon AnonymousSources { get; } = WordLexicon.Load("anonymous-sources.txt");

    /// <summary>Things put out in writing or on air (statement, tweet, letter): a participle of saying can follow them.</summary>
    public static WordLexicon StatementNouns { get; } = WordLexicon.Load("statement-nouns.txt");

    /// <summary>Words that make the quotation in capitals after them the name of a work: on, titled, book.</summary>
    public static WordLexicon TitleIntroducers { get; } = WordLexicon.Load("title-introducers.txt");

    /// <summary>Words English writes twice on purpose ("had had") and function words a title may repeat: never a doubled word.</summary>
    public static WordLexicon RepeatableWords { get; } = WordLexicon.Load("repeatable-words.txt");

    /// <summary>Pronouns that can stand for a speaker (he, she, they, I, we).</summary>
    public static WordLexicon PersonalPronouns { get; } = WordLexicon.Load("personal-pronouns.txt");

    /// <summary>Words for people in general (people, someone): an unnamed source only when quoted or described as one.</summary>
    public static WordLexicon GenericPeople { get; } = WordLexicon.Load("generic-people.txt");

    public static OfficeLexicon Offices => OfficeLexicon.Default;

    public static JurisdictionLexicon Jurisdictions => JurisdictionLexicon.Default;
}
