using System.Runtime.InteropServices;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>
/// Splits text into words, numbers and punctuation. Apostrophes and hyphens inside a word stay in it
/// (didn't, Commander-in-Chief), as do the dots of initialisms (U.S., Lt.); a final dot of an ordinary word does not.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range) => Tokenize(text, range, WordClassifier.Default);

    /// <summary>The tokens of <paramref name="range"/>, each word classified by <paramref name="classifier"/> (once per distinct word).</summary>
    public static List<Token> Tokenize(string text, TextSpan range, WordClassifier classifier)
    {
        // Read into the thread's scratch list, then copied to a list of the exact size: an estimate from the length
        // of the text left a third of every list empty, the largest share of what a run allocates.
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        var words = WordCache.ForThread(classifier);
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i = ScanWord(text, i, range.End);
                tokens.Add(new Token(new TextSpan(start, i), words.Get(text.AsSpan(start, i - start))));
                continue;
            }
            tokens.Add(new Token(new TextSpan(i, i + 1), PunctuationText(c)));
            i++;
        }
        var exact = new List<Token>(tokens.Count);
        exact.AddRange(CollectionsMarshal.AsSpan(tokens));
        return exact;
    }

    [ThreadStatic]
    private static List<Token>? t_scratch;

    /// <summary>Starts a new document on this thread: the words kept from earlier documents are let go (<see cref="WordCache"/>).</summary>
    internal static void StartDocument(WordClassifier classifier) => WordCache.ForThread(classifier).StartDocument();

    /// <summary>
    /// The texts of word tokens. The words of news text repeat ("the", "said", the names of an article), so each
    /// thread keeps the last word seen in each of a few thousand slots, by hash: a repeated word costs one hash and
    /// one comparison and shares the string and its word classes, a new one is classified and replaces the slot's
    /// word. Memory stays fixed, and each word list lookup is done once per distinct word instead of per occurrence.
    /// <para>
    /// The slots keep the words of one document only. Words of earlier documents left in them were most of what a
    /// collection had to copy while it stopped every worker; a word of the document being read costs it nothing
    /// more, since the document's tokens keep it anyway. The words of the lists (the, of, said), the commonest of
    /// every article, are kept for the whole run instead, so that they are not made again for each document.
    /// </para>
    /// </summary>
    private sealed class WordCache
    {
        /// <summary>
        /// Slots: small enough to stay in the processor's cache (a dictionary of every word did not). 16,384 slots
        /// missed half as often but took more time and memory: words kept longer outlive the first generation, and
        /// are then replaced in the older ones.
        /// </summary>
        private const int SlotCount = 4096;

        /// <summary>
        /// The most words of the lists kept, each as written: about four times the forms the lists hold, so that memory
        /// stays bounded however a text capitalises them.
        /// </summary>
        private const int ListedCapacity = 16_384;

        [ThreadStatic]
        private static WordCache? t_cache;

        private readonly WordClassifier _classifier;
        private readonly TokenWord?[] _slots = new TokenWord?[SlotCount];
        private readonly Dictionary<string, TokenWord> _listed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TokenWord>.AlternateLookup<ReadOnlySpan<char>> _listedBySpan;

        private WordCache(WordClassifier classifier)
        {
            _classifier = classifier;
            _listedBySpan = _listed.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The calling thread's cache for <paramref name="classifier"/>; a cache of another classifier is replaced.</summary>
        public static WordCache ForThread(WordClassifier classifier)
        {
            var cache = t_cache;
            return cache is not null && ReferenceEquals(cache._classifier, classifier) ? cache : t_cache = new WordCache(classifier);
        }

        /// <summary>Lets go the words of the documents read before; the words of the lists stay.</summary>
        public void StartDocument() => Array.Clear(_slots);

        public TokenWord Get(ReadOnlySpan<char> word)
        {
            ref var slot = ref _slots[string.GetHashCode(word) & (SlotCount - 1)];
            if (slot is { } seen && word.SequenceEqual(seen.Text))
            {
                return seen;
            }
            return slot = Make(word);
        }

        private TokenWord Make(ReadOnlySpan<char> word)
        {
            if (_listedBySpan.TryGetValue(word, out var listed))
            {
                return listed;
            }
            var made = NewWord(word, _classifier);
            if (made.Classes != UInt128.Zero && _listed.Count < ListedCapacity)
            {
                _listed.Add(made.Text, made);
            }
            return made;
        }
    }

    private static TokenWord NewWord(ReadOnlySpan<char> word, WordClassifier classifier) =>
        new(word.ToString(), classifier.Classify(word), IsNumber(word) ? TokenKind.Number : TokenKind.Word);

    /// <summary>Punctuation of the Latin-1 range shares one string per character.</summary>
    private static readonly TokenWord[] Latin1 = [.. Enumerable.Range(0, 256).Select(c => Classified(((char)c).ToString()))];

    /// <summary>
    /// So does the General Punctuation block (U+2000–U+206F): the curly quotation marks, dashes and ellipsis of
    /// published text, which would otherwise make a string and a word at every occurrence.
    /// </summary>
    private const char GeneralPunctuationStart = '\u2000';

    private static readonly TokenWord[] GeneralPunctuation =
        [.. Enumerable.Range(GeneralPunctuationStart, 0x70).Select(c => Classified(((char)c).ToString()))];

    private static TokenWord PunctuationText(char c) =>
        c < Latin1.Length ? Latin1[c]
        : (uint)(c - GeneralPunctuationStart) < (uint)GeneralPunctuation.Length ? GeneralPunctuation[c - GeneralPunctuationStart]
        : Classified(c.ToString());

    private static TokenWord Classified(string text) =>
        new(text, WordClassifier.Default.Classify(text), QuoteMarks.IsQuoteMark(text[0]) ? TokenKind.QuoteMark : TokenKind.Punctuation);

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD')
            {
                i++;
                continue;
            }
            var next = i + 1 < end ? text[i + 1] : '\0';
            var joinsLetters = char.IsLetterOrDigit(next) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
            if ((c == '\'' || c == '’' || c == '-' || c == '‑') && joinsLetters)
            {
                i++;
                continue;
            }
            // Digits grouped by commas or points: 1,000 and 2.5.
            if ((c == ',' || c == '.') && char.IsDigit(next) && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            // Initialisms keep their dots: U.S., U.S.A., D.C. (a single capital letter before each dot).
            if (c == '.' && IsInitialismDot(text, i, end))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsInitialismDot(string text, int dot, int end)
    {
        var letterBefore = dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]) || text[dot - 2] == '.');
        if (!letterBefore)
        {
            return false;
        }
        // U.S: the next character is a single capital followed by a dot.
        return dot + 2 < end && char.IsUpper(text[dot + 1]) && text[dot + 2] == '.'
            || dot >= 2 && text[dot - 2] == '.';
    }
}
