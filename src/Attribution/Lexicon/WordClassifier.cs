namespace Attribution.Lexicon;

/// <summary>
/// Tells which word lists a word belongs to, as one bit per list: the tokenizer asks once for each distinct word
/// and the token carries the answer, so a list lookup on a token is a bit test instead of a hash of its text.
/// </summary>
public sealed class WordClassifier
{
    /// <summary>The bits of the cue kinds; the lists' bits follow them.</summary>
    internal static readonly UInt128 SpeechCue = UInt128.One << 0, ObjectCue = UInt128.One << 1, BeliefCue = UInt128.One << 2, RaisingCue = UInt128.One << 3;

    internal const int FirstListBit = 4;

    private readonly Dictionary<string, UInt128> _ignoringCase;
    private readonly Dictionary<string, UInt128> _asWritten;
    private readonly Dictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> _ignoringCaseBySpan;
    private readonly Dictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> _asWrittenBySpan;

    internal WordClassifier(IEnumerable<WordLexicon> lists, CueLexicon cues)
    {
        // Sized up front for every word of every list: growing them through their sizes is garbage made at every start.
        var lexicons = lists.ToList();
        _ignoringCase = new(lexicons.Where(l => !l.IsCaseSensitive).Sum(l => l.Words.Count()) + cues.WordsWithKinds.Count(), StringComparer.OrdinalIgnoreCase);
        _asWritten = new(lexicons.Where(l => l.IsCaseSensitive).Sum(l => l.Words.Count()), StringComparer.Ordinal);
        foreach (var list in lexicons)
        {
            var target = list.IsCaseSensitive ? _asWritten : _ignoringCase;
            foreach (var word in list.Words)
            {
                target[word] = target.GetValueOrDefault(word) | list.Mask;
            }
        }
        foreach (var (word, kind) in cues.WordsWithKinds)
        {
            _ignoringCase[word] = _ignoringCase.GetValueOrDefault(word) | MaskOf(kind);
        }
        _ignoringCaseBySpan = _ignoringCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _asWrittenBySpan = _asWritten.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private WordClassifier(WordClassifier basis, IEnumerable<string> extraCues, WordLexicon cueWords)
    {
        _ignoringCase = new(basis._ignoringCase, StringComparer.OrdinalIgnoreCase);
        _asWritten = basis._asWritten;
        foreach (var cue in extraCues)
        {
            var classes = _ignoringCase.GetValueOrDefault(cue);
            // A word the cue lexicon already has keeps its kind; a new one is a verb of saying.
            _ignoringCase[cue] = (classes & cueWords.Mask) != 0 ? classes : classes | cueWords.Mask | SpeechCue;
        }
        _ignoringCaseBySpan = _ignoringCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _asWrittenBySpan = _asWritten.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classifier of the built-in lists.</summary>
    public static WordClassifier Default => Lexicons.Classifier;

    /// <summary>This classifier with more cue words (verbs of saying), for one configuration's run.</summary>
    internal WordClassifier WithCues(IReadOnlyCollection<string> extraCues) =>
        extraCues.Count == 0 ? this : new WordClassifier(this, extraCues, Lexicons.CueWords);

    /// <summary>The lists a word belongs to.</summary>
    public UInt128 Classify(ReadOnlySpan<char> word) =>
        (_ignoringCaseBySpan.TryGetValue(word, out var ignoringCase) ? ignoringCase : UInt128.Zero)
        | (_asWritten.Count > 0 && _asWrittenBySpan.TryGetValue(word, out var asWritten) ? asWritten : UInt128.Zero);

    internal static UInt128 MaskOf(CueKind kind) => kind switch
    {
        CueKind.Object => ObjectCue,
        CueKind.Belief => BeliefCue,
        CueKind.Raising => RaisingCue,
        _ => SpeechCue,
    };

    internal static bool TryGetCueKind(UInt128 classes, out CueKind kind)
    {
        kind = (classes & SpeechCue) != 0 ? CueKind.Speech
            : (classes & ObjectCue) != 0 ? CueKind.Object
            : (classes & BeliefCue) != 0 ? CueKind.Belief
            : (classes & RaisingCue) != 0 ? CueKind.Raising
            : (CueKind)(-1);
        return kind >= 0;
    }
}
