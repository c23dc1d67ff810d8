using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>"According to X": the one cue that names its source after it, so it is read apart from the verbs of saying.</summary>
public sealed partial class StatementExtractor
{
    /// <summary>According to X, content. / Content, according to X. / X said A, according to Y (the source of the whole report).</summary>
    private Statement? AccordingTo(Sentence sentence, Cue cue, IReadOnlyList<Token> tokens, int end)
    {
        var atStart = cue.FirstToken == 0 || cue.FirstToken == 1 && !tokens[0].IsWord;
        var range = ClauseReader.SubjectAfter(tokens, cue.EndToken, end);
        if (range is null)
        {
            return null;
        }
        if (atStart || cue.FirstToken >= 1 && tokens[cue.FirstToken - 1].Is("But"))
        {
            // According to X, content.
            var comma = range.Value.Start;
            while (comma < end && tokens[comma].Text != ",")
            {
                comma++;
            }
            if (comma >= end - 1)
            {
                return null;
            }
            var source = _speakers.FromRange(sentence.Index, new TokenRange(range.Value.Start, comma));
            return source is null ? null : Make(sentence, cue, source, [Span(tokens, comma + 1, ClauseReader.ContentEndAfter(tokens, comma + 1, end))]);
        }
        var midSentence = tokens[cue.FirstToken - 1].Text is "," or "—" or "–" or "(";
        if (midSentence)
        {
            range = AccordingToPhrase.SourceEndBeforeClause(tokens, range.Value, end, ClauseReader.HasVerbLikeWord(tokens, ClauseReader.ClauseStart(tokens), cue.FirstToken));
        }
        var speaker = _speakers.FromRange(sentence.Index, range.Value);
        if (speaker is null)
        {
            return null;
        }
        if (midSentence)
        {
            // Content, according to X. / X said A, according to Y.
            var from = ClauseReader.ClauseStart(tokens);
            for (var j = cue.FirstToken - 2; j > 0; j--)
            {
                if (tokens[j].Text is ";" or ":")
                {
                    from = j + 1;
                    break;
                }
            }
            var rest = range.Value.End;
            var fragments = new List<TextSpan> { Span(tokens, from, cue.FirstToken - 1) };
            if (rest + 1 < end && tokens[rest].Text is "," or "—" or "–" or "-")
            {
                fragments.Add(Span(tokens, rest + 1, end));
            }
            // “…,” Sanders said, according to CNN.: CNN is the source of the whole report, the quotation and its attribution.
            return Make(sentence, cue, speaker, fragments, nested: true);
        }
        return null;
    }
}
