using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// "According to X": the one cue that names its source after it (marked <c>source-after</c> in cue-verbs.txt; a cue
/// found there carries <see cref="Cue.IsAccordingTo"/>). Where the reading of statements meets the phrase
/// (reading it: <c>StatementExtractor.AccordingTo</c>), it asks here:
/// "According to the budget office, deficits will rise." (the source first, the content after the comma);
/// "Deficits will rise, according to the budget office." (the content first, the source after the cue);
/// "“…,” Sanders said, according to CNN." (the source of the whole report, the quotation and its attribution).
/// </summary>
public static class AccordingToPhrase
{
    /// <summary>
    /// The token opens an according-to phrase, so what stands before it ends there: the source in "…, said Sarandon,
    /// according to …", the content in "Deficits will rise, according to …".
    /// </summary>
    public static bool StartsAt(Token token) => Lexicons.Cues.StartsSourceAfterPhrase(token.Text);
}
