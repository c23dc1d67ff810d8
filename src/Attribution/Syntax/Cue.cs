using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>A word or phrase that introduces or closes a statement: said, told, according to.</summary>
public sealed record Cue(TextSpan Span, string Text, int Sentence, int FirstToken, int TokenCount)
{
    /// <summary>How the cue takes its content (from the cue lexicon).</summary>
    public CueKind Kind { get; init; }

    /// <summary>An -ing form after a form of "be" (is telling, are warning): a finite verb, not a participle.</summary>
    public bool IsProgressive { get; init; }

    /// <summary>The cue's first word: the verb of "referring to", "called on".</summary>
    public string FirstWord => TokenCount == 1 ? Text : Text[..Text.IndexOf(' ', StringComparison.Ordinal)];

    /// <summary>
    /// "According to X": the cue names its source after it, not a subject before it (a phrase marked <c>source-after</c>
    /// in the cue lexicon), so it is read as a construction of its own (<c>Semantics.AccordingToPhrase</c>).
    /// </summary>
    public bool IsAccordingTo { get; init; }

    /// <summary>The index of the first token after the cue.</summary>
    public int EndToken => FirstToken + TokenCount;
}
