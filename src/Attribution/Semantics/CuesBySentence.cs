using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// The cues the extraction may read in each sentence: the syntax tree's (<see cref="SyntaxTree.CuesInSentence"/>), or
/// none at all, for a quotation classified after every cue has had its chance.
/// </summary>
internal sealed class CuesBySentence(SyntaxTree? syntax)
{
    /// <summary>No cues in any sentence.</summary>
    public static CuesBySentence None { get; } = new(null);

    /// <summary>The cues of one sentence, in text order.</summary>
    public ArraySegment<Cue> this[int sentence] => syntax?.CuesInSentence(sentence) ?? ArraySegment<Cue>.Empty;
}
