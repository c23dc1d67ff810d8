using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>
/// Reads the noun phrase a cue credits: a mention of a person, a pronoun, an unnamed group (the officials,
/// a source familiar with…) or an organisation (the campaign, The New York Post), to the left or right of a token.
/// </summary>
internal sealed class SpeakerReader(SyntaxTree syntax)
{

    public IReadOnlyList<Token> Tokens(int sentence) => syntax.Tokens[sentence];

    /// <summary>The speaker phrase that starts at token <paramref name="start"/>, or null.</summary>
    public Speaker? ReadRight(int sentence, int start, out int end)
    {
        var tokens = syntax.Tokens[sentence];
        end = start;
        if (start >= tokens.Count)
        {
            return null;
        }
        var mention = MentionStartingAt(sentence, tokens[start].Span.Start, allowDeterminer: true);
        if (mention is not null)
        {
            mention = PossessedSpeaker.Of(mention, tokens, syntax.MentionsInSentence(sentence), EndOfSentence(tokens));
            end = IndexAfter(tokens, mention.Span.End, start);
            var withGroup = ExtendAnonymity(tokens, end, out var anonymous);
            end = withGroup;
            return SpeakerFor(mention, tokens, start, end, anonymous);
        }
        if (Lexicons.SubjectPronouns.Contains(tokens[start]) && !tokens[start].Is("it"))
        {
            end = start + 1;
            return new Speaker(tokens[start].Span, SpeakerKind.Pronoun, null);
        }
        var j = start;
        if (Lexicons.SpeakerDeterminers.Contains(tokens[j]))
        {
            j++;
        }
        var headEnd = -1;
        while (j < tokens.Count && j - start < 7 && tokens[j].IsWord && !Lexicons.PhraseBreakers.Contains(tokens[j]) && !Lexicons.CueWords.Contains(tokens[j]))
        {
            if (IsHead(tokens[j]))
            {
                headEnd = j + 1;
            }
            j++;
            // "a spokesman of Mumbai International Airport Limited"
            if (j + 1 < tokens.Count && tokens[j].Is("of") && tokens[j + 1].IsCapitalized)
            {
                j++;
            }
        }
        if (headEnd < 0)
        {
            return null;
        }
        end = ExtendAnonymity(tokens, headEnd, out var isAnonymous);
        return Phrase(tokens, start, headEnd, end, isAnonymous);
    }

    /// <summary>The speaker phrase that ends at token <paramref name="last"/> (adverbs before a cue skipped), or null.</summary>
    public Speaker? ReadLeft(int sentence, int last, out int start)
    {
        var tokens = syntax.Tokens[sentence];
        start = last;
        while (last >= 0 && Lexicons.SpeakerAdverbs.Contains(tokens[last]) && !tokens[last].IsCapitalized)
        {
            last--;
        }
        if (last < 0)
        {
            return null;
        }
        var mention = MentionEndingAt(sentence, tokens[last].Span.End);
        if (mention is not null)
        {
            start = IndexAt(tokens, mention.Span.Start, last);
            var extended = ExtendLeftOverModifiers(tokens, start);
            start = extended;
            return SpeakerFor(mention, tokens, start, last + 1, IsAnonymousHead(tokens[last]));
        }
        if (Lexicons.SubjectPronouns.Contains(tokens[last]) && !tokens[last].Is("it"))
        {
            start = last;
            return new Speaker(tokens[last].Span, SpeakerKind.Pronoun, null);
        }
        if (!tokens[last].IsWord || !IsHead(tokens[last]) || Lexicons.PhraseBreakers.Contains(tokens[last]))
        {
            return null;
        }
        var j = last;
        while (j > 0 && last - j < 7)
        {
            var previous = tokens[j - 1];
            if (Lexicons.SpeakerDeterminers.Contains(previous))
            {
                j--;
                break;
            }
            if (previous.Is("of") && j - 2 >= 0 && tokens[j - 2].IsWord)
            {
                j--;
                continue;
            }
            if (!previous.IsWord || Lexicons.PhraseBreakers.Contains(previous) || Lexicons.CueWords.Contains(previous) || previous.Text.EndsWith("ing", StringComparison.Ordinal)
                || previous.IsCapitalized && IsDatingOrLinkingWord(previous))
            {
                break;
            }
            j--;
        }
        start = j;
        return Phrase(tokens, j, last + 1, last + 1, IsAnonymousHead(tokens[last]));
    }

    /// <summary>
    /// The speaker whose phrase covers the tokens of <paramref name="range"/> as they stand (with titles, appositives and
    /// relative clauses): a pronoun, a person named in it (the mention at its head), or an unnamed group or organisation.
    /// </summary>
    public Speaker? FromRange(int sentence, TokenRange range)
    {
        var tokens = syntax.Tokens[sentence];
        if (range.IsEmpty)
        {
            return null;
        }
        var span = new TextSpan(tokens[range.Start].Span.Start, tokens[range.End - 1].Span.End);
        if (range.Length == 1 && Lexicons.SubjectPronouns.Contains(tokens[range.Start]) || range.Length == 1 && Lexicons.RelativePronouns.Contains(tokens[range.Start]))
        {
            return new Speaker(span, SpeakerKind.Pronoun, null);
        }
        Mention? head = null;
        foreach (var mention in MentionsIn(sentence))
        {
            if (mention.Span.Start < span.Start)
            {
                continue;
            }
            if (mention.Span.Start >= span.End)
            {
                break;
            }
            // The mention at the head of the phrase: not one inside "a spokesman for Mayor Jackson".
            if (head is null && !HasPrepositionBefore(tokens, range.Start, mention.Span.Start))
            {
                head = mention;
            }
        }
        var anonymous = false;
        var headToken = tokens[range.Start];
        for (var k = range.Start; k < range.End; k++)
        {
            if (tokens[k].IsWord && (tokens[k].Is("of") || tokens[k].Is("for") || tokens[k].Is("with") || tokens[k].Is("at") || tokens[k].Text == ",") && k > range.Start)
            {
                break;
            }
            if (tokens[k].IsWord)
            {
                headToken = tokens[k];
            }
        }
        if (IsAnonymousHead(headToken))
        {
            anonymous = true;
        }
        for (var k = range.Start; k < Math.Min(tokens.Count, range.End + 8) && !anonymous; k++)
        {
            if (Lexicons.AnonymousSources.MatchPhrase(tokens, k) > 0)
            {
                anonymous = true;
            }
        }
        if (head is not null)
        {
            head = PossessedSpeaker.Of(head, tokens, syntax.MentionsInSentence(sentence), span.End);
            var kind = head.Kind == MentionKind.Name ? SpeakerKind.Name : SpeakerKind.Role;
            return new Speaker(span, kind, head) { IsAnonymous = anonymous && head.Kind != MentionKind.Name };
        }
        var isGroup = anonymous;
        return new Speaker(span, isGroup ? SpeakerKind.Group : SpeakerKind.Organisation, null) { IsAnonymous = isGroup };
    }

    private static bool HasPrepositionBefore(IReadOnlyList<Token> tokens, int start, int offset)
    {
        for (var k = start; k < tokens.Count && tokens[k].Span.Start < offset; k++)
        {
            if (ClauseReader.IsPreposition(tokens[k]))
            {
                return true;
            }
        }
        return false;
    }

    private Speaker Phrase(IReadOnlyList<Token> tokens, int start, int headEnd, int end, bool anonymous)
    {
        var head = tokens[headEnd - 1];
        var span = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var isGroup = anonymous || IsAnonymousHead(head);
        var kind = isGroup ? SpeakerKind.Group : SpeakerKind.Organisation;
        return new Speaker(span, kind, null) { IsAnonymous = isGroup };
    }

    private static Speaker SpeakerFor(Mention mention, IReadOnlyList<Token> tokens, int start, int end, bool anonymous)
    {
        var span = new TextSpan(Math.Min(tokens[start].Span.Start, mention.Span.Start), Math.Max(tokens[end - 1].Span.End, mention.Span.End));
        var kind = mention.Kind == MentionKind.Name ? SpeakerKind.Name : SpeakerKind.Role;
        return new Speaker(span, kind, mention) { IsAnonymous = anonymous && mention.Kind != MentionKind.Name };
    }

    /// <summary>", who spoke on condition of anonymity" and "familiar with the matter" mark the speaker as unnamed.</summary>
    private static int ExtendAnonymity(IReadOnlyList<Token> tokens, int end, out bool anonymous)
    {
        anonymous = false;
        for (var k = end; k < Math.Min(tokens.Count, end + 8); k++)
        {
            if (Lexicons.AnonymousSources.MatchPhrase(tokens, k) > 0)
            {
                anonymous = true;
                break;
            }
            if (tokens[k].Text is "." or ";" || Lexicons.CueWords.Contains(tokens[k]))
            {
                break;
            }
        }
        return end;
    }

    private static bool IsHead(Token token) =>
        token.IsWord && (IsAnonymousHead(token) || Lexicons.OrganisationHeads.Contains(token) || char.IsUpper(token.Text[0]) && !Lexicons.PhraseBreakers.Contains(token) && !IsDatingOrLinkingWord(token));

    /// <summary>A capitalised word that dates or links a sentence (Monday, May, Meanwhile) and is never a speaker.</summary>
    private static bool IsDatingOrLinkingWord(Token token) =>
        Lexicons.CapitalisedLinkers.Contains(token) || Lexicons.Weekdays.Contains(token) || Lexicons.Months.Contains(token);

    private static bool IsAnonymousHead(Token token) => token.IsWord && !token.IsCapitalized && Lexicons.AnonymousSources.Contains(token);

    /// <summary>"longtime Democratic pollster Pat Caddell": modifiers before a titled or plain name.</summary>
    private static int ExtendLeftOverModifiers(IReadOnlyList<Token> tokens, int start)
    {
        var j = start;
        while (j > 0 && start - j < 4)
        {
            var previous = tokens[j - 1];
            if (Lexicons.SpeakerDeterminers.Contains(previous))
            {
                return j - 1;
            }
            if (!previous.IsWord || Lexicons.PhraseBreakers.Contains(previous) || Lexicons.CueWords.Contains(previous)
                || previous.Text.EndsWith("ing", StringComparison.Ordinal) || previous.Text.EndsWith("ed", StringComparison.Ordinal) || previous.Text.EndsWith("ly", StringComparison.Ordinal) && !previous.Is("longtime"))
            {
                break;
            }
            j--;
        }
        // Only keep the extension when it starts the sentence's subject (the word before is a boundary).
        return j == 0 || !tokens[j - 1].IsWord || Lexicons.PhraseBreakers.Contains(tokens[j - 1]) ? j : start;
    }

    private Mention? MentionStartingAt(int sentence, int offset, bool allowDeterminer)
    {
        foreach (var mention in MentionsIn(sentence))
        {
            if (mention.Span.Start == offset)
            {
                return mention;
            }
            // "the Russian Prime Minister": the determiner belongs to the phrase.
            if (allowDeterminer && mention.Span.Start > offset && mention.Span.Start - offset <= 4 && Lexicons.SpeakerDeterminers.Contains(syntax.Text[offset..mention.Span.Start].Trim()))
            {
                return mention;
            }
        }
        return null;
    }

    private Mention? MentionEndingAt(int sentence, int offset)
    {
        foreach (var mention in MentionsIn(sentence))
        {
            if (mention.Span.End == offset || mention.ExtentEnd == offset || mention.NameSpan.End == offset && mention.Kind == MentionKind.Name)
            {
                return mention;
            }
        }
        return null;
    }

    private IEnumerable<Mention> MentionsIn(int sentence) => syntax.MentionsInSentence(sentence);

    private static int EndOfSentence(IReadOnlyList<Token> tokens) => tokens.Count == 0 ? 0 : tokens[^1].Span.End;

    private static int IndexAfter(IReadOnlyList<Token> tokens, int offset, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Span.Start < offset)
        {
            k++;
        }
        return k;
    }

    private static int IndexAt(IReadOnlyList<Token> tokens, int offset, int from)
    {
        var k = from;
        while (k > 0 && tokens[k].Span.Start > offset)
        {
            k--;
        }
        return k;
    }
}
