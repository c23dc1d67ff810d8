namespace Attribution.Lexicon;

/// <summary>How a cue takes what was said.</summary>
public enum CueKind
{
    /// <summary>A verb of saying: what was said is its complement (said that …, told X that …) or stands before it (…, she added).</summary>
    Speech,

    /// <summary>A verb whose object is the content: asked X to …, urged …, called X Y, accused X of ….</summary>
    Object,

    /// <summary>A verb of thinking, wanting or showing: a cue only after a subject (they believe …, the poll shows …).</summary>
    Belief,

    /// <summary>A verb whose subject is part of what is claimed, with no source named (the race appears closer, Sanders is expected to win).</summary>
    Raising,
}

/// <summary>The cue lexicon (cue-verbs.txt): words and multi-word phrases with their <see cref="CueKind"/>.</summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, CueKind> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, CueKind Kind, bool NamesSourceAfter)>> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sourceAfterFirstWords = new(StringComparer.OrdinalIgnoreCase);

    public CueLexicon(IEnumerable<string> lines)
    {
        var forms = new List<string>();
        foreach (var line in lines)
        {
            var isPhrase = line.StartsWith('~');
            var words = (isPhrase ? line[1..] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var namesSourceAfter = words.Length > 1 && words[^1] == SourceAfterMark;
            if (namesSourceAfter)
            {
                words = words[..^1];
            }
            var kind = CueKind.Speech;
            if (words.Length > 1 && TryParseKind(words[^1], out var parsed))
            {
                kind = parsed;
                words = words[..^1];
            }
            if (isPhrase)
            {
                if (!_phrasesByFirstWord.TryGetValue(words[0], out var list))
                {
                    _phrasesByFirstWord[words[0]] = list = [];
                }
                list.Add((words, kind, namesSourceAfter));
                if (namesSourceAfter)
                {
                    _sourceAfterFirstWords.Add(words[0]);
                }
                forms.Add("~" + string.Join(' ', words));
            }
            else
            {
                _words.TryAdd(words[0], kind);
                forms.Add(words[0]);
            }
        }
        foreach (var list in _phrasesByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        Words = new WordLexicon(forms);
    }

    public static CueLexicon Load(string name) => new(LexiconResource.ReadLines(name));

    /// <summary>Every form as a plain word list (phrases as "~" entries).</summary>
    public WordLexicon Words { get; }

    public bool TryGetWord(string word, out CueKind kind) => _words.TryGetValue(word, out kind);

    /// <summary>As <see cref="TryGetWord(string, out CueKind)"/>, from the classes the token carries: a configuration's extra cues count.</summary>
    public static bool TryGetWord(Syntax.Token token, out CueKind kind) => WordClassifier.TryGetCueKind(token.Classes, out kind);

    /// <summary>The single cue words with their kinds.</summary>
    internal IEnumerable<KeyValuePair<string, CueKind>> WordsWithKinds => _words;

    /// <summary>The first word of each phrase.</summary>
    internal IEnumerable<string> PhraseFirstWords => _phrasesByFirstWord.Keys;

    /// <summary>The word opens a phrase marked <c>source-after</c> ("according" of "according to").</summary>
    public bool StartsSourceAfterPhrase(string word) => _sourceAfterFirstWords.Contains(word);

    /// <summary>
    /// The number of tokens of the longest phrase that starts at <paramref name="index"/>, or 0; <paramref name="kind"/>:
    /// its kind; <paramref name="namesSourceAfter"/>: the phrase is marked <c>source-after</c>, it names its source after
    /// it ("according to X").
    /// </summary>
    public int MatchPhrase(IReadOnlyList<Syntax.Token> tokens, int index, out CueKind kind, out bool namesSourceAfter)
    {
        kind = CueKind.Speech;
        namesSourceAfter = false;
        if (index >= tokens.Count || !_phrasesByFirstWord.TryGetValue(tokens[index].Text, out var candidates))
        {
            return 0;
        }
        foreach (var (words, candidateKind, candidateNamesSourceAfter) in candidates)
        {
            if (index + words.Length > tokens.Count)
            {
                continue;
            }
            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                matches = string.Equals(tokens[index + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (matches)
            {
                kind = candidateKind;
                namesSourceAfter = candidateNamesSourceAfter;
                return words.Length;
            }
        }
        return 0;
    }

    /// <summary>The last word of a phrase that names its source after it: "~according to source-after".</summary>
    private const string SourceAfterMark = "source-after";

    private static bool TryParseKind(string word, out CueKind kind)
    {
        switch (word)
        {
            case "object":
                kind = CueKind.Object;
                return true;
            case "belief":
                kind = CueKind.Belief;
                return true;
            case "raising":
                kind = CueKind.Raising;
                return true;
            default:
                kind = CueKind.Speech;
                return false;
        }
    }
}
