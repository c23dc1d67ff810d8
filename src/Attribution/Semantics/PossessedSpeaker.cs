using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>
/// A name in the possessive that opens a speaker's phrase says whose the speaker is; the speaker is the person named
/// after it, the head of the phrase. A possessive with no one named after it stays the speaker.
/// <code>
/// "…," Twitter's Adam Sharp said.                 → Adam Sharp
/// "…," said Trump's spokeswoman Hope Hicks.        → Hope Hicks
/// "…," the Velden Times' Anna Berg said.          → Anna Berg
/// "…," Clinton's campaign said.                    → Clinton (no one named after the possessive)
/// </code>
/// </summary>
internal static class PossessedSpeaker
{
    /// <summary>Words the possessive and the name may have between them: a title (spokeswoman, chief strategist, press secretary).</summary>
    private const int MostWordsBetween = 3;

    /// <summary>Capitalised words after the owner's name that the name was read without, before its possessive (the Velden Times').</summary>
    private const int MostUnreadOwnerWords = 2;

    /// <summary>
    /// The mention named after <paramref name="owner"/> when the owner is in the possessive and the two stand in one
    /// phrase that ends before <paramref name="end"/> (an offset); otherwise the owner.
    /// </summary>
    public static Mention Of(Mention owner, IReadOnlyList<Token> tokens, ArraySegment<Mention> mentions, int end)
    {
        var last = PossessiveEnding(tokens, LastTokenOf(tokens, owner));
        if (last < 0)
        {
            return owner;
        }
        foreach (var named in mentions)
        {
            if (named.Span.Start < tokens[last].Span.End)
            {
                continue;
            }
            if (named.Span.Start >= end || named.Kind != MentionKind.Name)
            {
                return owner;
            }
            return WordsBetweenAreATitle(tokens, last + 1, named.Span.Start) ? named : owner;
        }
        return owner;
    }

    /// <summary>
    /// The possessive word that ends the owner's name, from its last token on: the name itself (Velden Port's) or a
    /// capitalised word or two the name was read without (the Velden Times' Anna Berg); -1 when there is none.
    /// </summary>
    private static int PossessiveEnding(IReadOnlyList<Token> tokens, int last)
    {
        for (var k = last; k >= 0 && k < tokens.Count && k - last <= MostUnreadOwnerWords; k++)
        {
            if (MentionFinder.HasPossessiveEnding(tokens[k].Text))
            {
                return k;
            }
            // A plural's apostrophe may stand as a token of its own, as a closing quotation mark would (Times').
            if (k + 1 < tokens.Count && tokens[k + 1].Text is "'" or "’" && tokens[k + 1].Span.Start == tokens[k].Span.End && tokens[k].Text.EndsWith('s'))
            {
                return k + 1;
            }
            if (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || !tokens[k + 1].IsCapitalized)
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool WordsBetweenAreATitle(IReadOnlyList<Token> tokens, int from, int offset)
    {
        var words = 0;
        for (var k = from; k < tokens.Count && tokens[k].Span.Start < offset; k++)
        {
            if (!tokens[k].IsWord || Lexicons.CueWords.Contains(tokens[k]) || Lexicons.PhraseBreakers.Contains(tokens[k]) || ++words > MostWordsBetween)
            {
                return false;
            }
        }
        return true;
    }

    private static int LastTokenOf(IReadOnlyList<Token> tokens, Mention mention)
    {
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].Span.Start < mention.NameSpan.End)
            {
                return tokens[k].Span.End >= mention.NameSpan.End ? k : -1;
            }
        }
        return -1;
    }
}
