using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// "According to X": the one cue that names its source after it (marked <c>source-after</c> in cue-verbs.txt; a cue
/// found there carries <see cref="Cue.IsAccordingTo"/>). The statement is read in StatementExtractor.AccordingTo.cs;
/// where the source ends, and where other readers meet the phrase, is told here:
/// "According to the budget office, deficits will rise." (the source first, the content after the comma);
/// "Deficits will rise, according to the budget office." (the content first, the source after the cue);
/// "“…,” Sanders said, according to CNN." (the source of the whole report, the quotation and its attribution).
/// </summary>
internal static class AccordingToPhrase
{
    /// <summary>
    /// The token opens an according-to phrase, so what stands before it ends there: the source in "…, said Sarandon,
    /// according to …", the content in "Deficits will rise, according to …".
    /// </summary>
    public static bool StartsAt(Token token) => Lexicons.Cues.StartsSourceAfterPhrase(token.Text);

    /// <summary>
    /// A source read after "according to" in the middle of a sentence ends at the comma or dash where the sentence's
    /// clause goes on: "…, according to the budget office, the rise in deficits is …", "…, according to Rubio, because …".
    /// <paramref name="clauseBefore"/>: the words before the cue hold a verb, so what follows a comma needs one to be a clause.
    /// </summary>
    public static TokenRange SourceEndBeforeClause(IReadOnlyList<Token> tokens, TokenRange source, int end, bool clauseBefore)
    {
        var depth = 0;
        for (var k = source.Start + 1; k < source.End; k++)
        {
            depth += tokens[k].Text switch { "(" => 1, ")" => -1, _ => 0 };
            if (depth > 0 || tokens[k].Text is not ("," or "—" or "–" or "-") || k + 1 >= end)
            {
                continue;
            }
            var next = tokens[k + 1];
            if (Lexicons.Conjunctions.Contains(next) || Lexicons.ClauseOpeners.Contains(next))
            {
                return new TokenRange(source.Start, k);
            }
            // An appositive (", a law professor", ", who advised the campaign") still describes the source.
            if (next.Is("who") || next.Is("whose") || next.Is("which") || next.Is("a") || next.Is("an") || next.Is("another"))
            {
                continue;
            }
            var segmentEnd = k + 1;
            while (segmentEnd < end && tokens[segmentEnd].Text is not ("," or "—" or "–"))
            {
                segmentEnd++;
            }
            if (!clauseBefore || ClauseReader.HasVerbLikeWord(tokens, k + 1, segmentEnd))
            {
                // After an opening adverbial ("Over the winter, according to …,") the sentence's clause is still to come.
                return new TokenRange(source.Start, k);
            }
        }
        return source;
    }
}
