using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// A document's cues grouped by sentence, each sentence's in text order: one array and the index of each sentence's
/// first cue, so that the cues of a sentence are read as a segment of the array, without allocating, however often
/// the extraction asks.
/// </summary>
internal sealed class CuesBySentence
{
    private readonly Cue[] _cues;

    /// <summary>The index of each sentence's first cue in <see cref="_cues"/>, and one past the last sentence's.</summary>
    private readonly int[] _first;

    private CuesBySentence(Cue[] cues, int[] first)
    {
        _cues = cues;
        _first = first;
    }

    /// <summary>No cues in any sentence.</summary>
    public static CuesBySentence None { get; } = new([], [0]);

    public static CuesBySentence Of(SyntaxTree syntax)
    {
        var first = new int[syntax.Sentences.Count + 1];
        foreach (var cue in syntax.Cues)
        {
            first[cue.Sentence + 1]++;
        }
        for (var s = 1; s < first.Length; s++)
        {
            first[s] += first[s - 1];
        }
        // A stable counting sort: the cues of a sentence keep the order in which the syntax lists them.
        var next = first[..^1];
        var cues = new Cue[syntax.Cues.Count];
        foreach (var cue in syntax.Cues)
        {
            cues[next[cue.Sentence]++] = cue;
        }
        return new CuesBySentence(cues, first);
    }

    /// <summary>The cues of one sentence, in text order; none for a sentence the document does not have.</summary>
    public ArraySegment<Cue> this[int sentence] =>
        sentence >= 0 && sentence + 1 < _first.Length
            ? new ArraySegment<Cue>(_cues, _first[sentence], _first[sentence + 1] - _first[sentence])
            : ArraySegment<Cue>.Empty;
}
