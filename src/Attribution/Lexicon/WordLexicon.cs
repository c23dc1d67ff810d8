namespace Attribution.Lexicon;

/// <summary>A word list with optional multi-word phrases ("~according to").</summary>
public sealed class WordLexicon
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly List<string[]> _phrases = [];
    private readonly Dictionary<string, List<string[]>> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="lines">The entries, one a line; a phrase starts with "~".</param>
    /// <param name="caseSensitive">True when a word matches only as written (May the month, not may the verb).</param>
    public WordLexicon(IEnumerable<string> lines, bool caseSensitive = false)
    {
        IsCaseSensitive = caseSensitive;
        // Sized up front: growing the set through its sizes is garbage made at every start.
        _words = new HashSet<string>(lines.TryGetNonEnumeratedCount(out var count) ? count : 0, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
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

    public static WordLexicon Load(string name, bool caseSensitive = false) => new(LexiconResource.ReadLines(name), caseSensitive);

    public IReadOnlyList<string[]> Phrases => _phrases;

    /// <summary>The single words of the list (phrases left out).</summary>
    public IEnumerable<string> Words => _words;

    public bool IsCaseSensitive { get; }

    /// <summary>The list's bit in the classes a token carries (<see cref="WordClassifier"/>), or zero for a list the classifier does not know.</summary>
    internal UInt128 Mask { get; set; }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True when the token is a word of the list.</summary>
    public bool Contains(Syntax.Token token) => Mask != UInt128.Zero ? (token.Classes & Mask) != UInt128.Zero : _words.Contains(token.Text);

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
    public int MatchPhrase(IReadOnlyList<string> words, int index) => MatchPhrase(new StringSequence(words), index);

    /// <summary>As <see cref="MatchPhrase(IReadOnlyList{string}, int)"/>, over the texts of tokens.</summary>
    public int MatchPhrase(IReadOnlyList<Syntax.Token> tokens, int index) => MatchPhrase(new TokenSequence(tokens), index);

    /// <summary>Words by index, read in place: a struct per kind of list, so a match per token allocates nothing.</summary>
    private interface IWordSequence
    {
        int Count { get; }

        string this[int index] { get; }
    }

    private readonly struct StringSequence(IReadOnlyList<string> words) : IWordSequence
    {
        public int Count => words.Count;

        public string this[int index] => words[index];
    }

    private readonly struct TokenSequence(IReadOnlyList<Syntax.Token> tokens) : IWordSequence
    {
        public int Count => tokens.Count;

        public string this[int index] => tokens[index].Text;
    }

    private int MatchPhrase<TWords>(TWords words, int index)
        where TWords : struct, IWordSequence
    {
        if (index >= words.Count || _phrasesByFirstWord.Count == 0 || !_phrasesByFirstWord.TryGetValue(words[index], out var candidates))
        {
            return 0;
        }
        foreach (var phrase in candidates)
        {
            if (index + phrase.Length > words.Count)
            {
                continue;
            }
            var matches = true;
            for (var k = 1; k < phrase.Length && matches; k++)
            {
                matches = string.Equals(words[index + k], phrase[k], StringComparison.OrdinalIgnoreCase);
            }
            if (matches)
            {
                return phrase.Length;
            }
        }
        return 0;
    }
}
