using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>Marks the cue words and phrases of a sentence from the cue lexicon.</summary>
public static class CueFinder
{
    public static List<Cue> Find(IReadOnlyList<Token> tokens, int sentence)
    {
        var cues = new List<Cue>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            // Most words start no cue phrase, which their word lists tell without a lookup.
            var phraseKind = CueKind.Speech;
            var namesSourceAfter = false;
            var phrase = Lexicons.CuePhraseStarts.Contains(tokens[i]) ? Lexicons.Cues.MatchPhrase(tokens, i, out phraseKind, out namesSourceAfter) : 0;
            if (phrase > 0)
            {
                var words = new string[phrase];
                for (var k = 0; k < phrase; k++)
                {
                    words[k] = tokens[i + k].Text;
                }
                cues.Add(new Cue(new TextSpan(tokens[i].Span.Start, tokens[i + phrase - 1].Span.End), string.Join(' ', words), sentence, i, phrase) { Kind = phraseKind, IsAccordingTo = namesSourceAfter, IsProgressive = IsProgressive(tokens, i) });
                i += phrase - 1;
                continue;
            }
            if (char.IsLower(tokens[i].Text[0]) && CueLexicon.TryGetWord(tokens[i], out var kind) && !IsNounCompound(tokens, i))
            {
                cues.Add(new Cue(tokens[i].Span, tokens[i].Text, sentence, i, 1) { Kind = kind, IsProgressive = IsProgressive(tokens, i) });
            }
        }
        return cues;
    }

    /// <summary>is, was, been, isn't …</summary>
    public static bool IsFormOfBe(Token token) => token.IsWord && Lexicons.FormsOfBe.Contains(token);

    /// <summary>"is telling", "are now warning", "has been saying": an -ing word after a form of "be", with adverbs between.</summary>
    private static bool IsProgressive(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && tokens[k].IsWord && (tokens[k].Text.EndsWith("ly", StringComparison.Ordinal) || Lexicons.ProgressiveAdverbs.Contains(tokens[k])))
        {
            k--;
        }
        return k >= 0 && IsFormOfBe(tokens[k]);
    }

    /// <summary>"think tank", "talk show host": a cue word that is the first half of a noun.</summary>
    private static bool IsNounCompound(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && (tokens[i].Is("think") && tokens[i + 1].Text.ToLowerInvariant() is "tank" or "tanks"
            || tokens[i].Is("show") && tokens[i + 1].Text.ToLowerInvariant() is "host" or "hosts");
}
