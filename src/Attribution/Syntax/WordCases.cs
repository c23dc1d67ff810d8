using System.Runtime.InteropServices;

namespace Attribution.Syntax;

/// <summary>
/// How a document writes each of its words, read once and shared by the stages that ask: how often in lower case and
/// how often with a capital (a capitalised "Stop" the article also writes as "stop" is a common word, not a name), and
/// whether the word's lower-case form stands as a token of its own.
/// </summary>
internal sealed class WordCases
{
    /// <summary>By the word in lower case (invariant culture).</summary>
    private readonly Dictionary<string, Counts> _byLowerCase;
    private readonly Dictionary<string, Counts>.AlternateLookup<ReadOnlySpan<char>> _byLowerCaseSpan;

    /// <param name="textLength">The length of the document's text: about one distinct word for every dozen characters of an article, so the table is sized once instead of grown.</param>
    public WordCases(int textLength)
    {
        _byLowerCase = new(textLength / 12, StringComparer.Ordinal);
        _byLowerCaseSpan = _byLowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Occurrences starting with a lower-case letter, with another character, and whether one is written exactly in
    /// lower case. Eight bytes, so that an entry of the table takes 24 bytes instead of 32: the tables of a run's
    /// documents are the largest share of what it allocates after the tokens.
    /// </summary>
    internal readonly struct Counts
    {
        private readonly int _lower;

        // The capitalised count shifted left by one, the low bit saying whether the word is written in lower case.
        private readonly int _capitalisedAndWritten;

        public Counts(int lower, int capitalised, bool writtenInLowerCase)
        {
            _lower = lower;
            _capitalisedAndWritten = (capitalised << 1) | (writtenInLowerCase ? 1 : 0);
        }

        public int Lower => _lower;

        public int Capitalised => _capitalisedAndWritten >>> 1;

        public bool WrittenInLowerCase => (_capitalisedAndWritten & 1) != 0;
    }

    /// <summary>Counts the words of one sentence: the parser calls it right after tokenizing the sentence, while its words are fresh in the cache.</summary>
    public void Add(List<Token> sentence)
    {
        foreach (var token in CollectionsMarshal.AsSpan(sentence))
        {
            if (!token.IsWord)
            {
                continue;
            }
            // One lookup per token, and a new key string only for a word not seen before.
            var lower = token.LowerCaseText;
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_byLowerCase, lower, out _);
            var first = token.Text[0];
            counts = new Counts(
                counts.Lower + (char.IsLower(first) ? 1 : 0),
                counts.Capitalised + (char.IsLower(first) ? 0 : 1),
                counts.WrittenInLowerCase || !char.IsUpper(first) && string.Equals(lower, token.Text, StringComparison.Ordinal));
        }
    }

    /// <summary>The counts of a word given in lower case; zeros for a word the document does not write.</summary>
    public Counts OfLowerCase(string lowerCase) => _byLowerCase.GetValueOrDefault(lowerCase);

    /// <summary>The counts of a word written in any case, lowered on the stack instead of into a new string.</summary>
    public Counts Of(string word)
    {
        if (word.Length > 64)
        {
            return OfLowerCase(word.ToLowerInvariant());
        }
        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return _byLowerCaseSpan.TryGetValue(lower, out var counts) ? counts : default;
    }
}
