using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>A half-open range [Start, End) of token indices in one sentence.</summary>
internal readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;
}

/// <summary>
/// Reads the parts of a reported-speech clause around a cue from word classes alone (no parser): the subject
/// before the cue (with appositives and relative clauses set off by commas, without adverbs, auxiliaries and
/// time phrases), the source after an inverted cue (…, said X), the start of the content after the cue (that
/// included, a time phrase or the object of told skipped) and where it ends (before …, adding, and said, according to).
/// </summary>
internal static class ClauseReader
{
    private const int MaxSubjectTokens = 16;

    /// <summary>How far back a subject's comma-separated segments are looked for.</summary>
    private const int MaxSegmentTokens = 60;

    /// <summary>The longest content read after a cue, in tokens: keeps a run-on "sentence" (a list, a table) linear.</summary>
    private const int MaxContentTokens = 400;

    public static bool IsAuxiliary(Token token) =>
        token.IsWord && (Lexicons.FormsOfBe.Contains(token) || Lexicons.Auxiliaries.Contains(token) || token.Text.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || token.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase));

    public static bool IsPreposition(Token token) => token.IsWord && Lexicons.Prepositions.Contains(token);

    public static bool IsClauseWord(Token token) => token.IsWord && Lexicons.ClauseWords.Contains(token);

    public static bool IsTimeWord(Token token) => token.IsWord && (Lexicons.TimeWords.Contains(token) || Lexicons.Weekdays.Contains(token) || Lexicons.Months.Contains(token));

    public static bool IsPronoun(Token token) => token.IsWord && (Lexicons.SubjectPronouns.Contains(token) || Lexicons.SubjectWords.Contains(token));

    /// <summary>An -ing cue that is no finite verb: "saying", "referring to" (not "according to", not "is telling").</summary>
    public static bool IsParticiple(Cue cue) =>
        !cue.IsProgressive && !cue.IsAccordingTo && cue.FirstWord.EndsWith("ing", StringComparison.Ordinal);

    public static bool IsTelling(Cue cue) => Lexicons.TellingCues.Contains(cue.Text);

    /// <summary>A word after which the cue word is a noun (the claims, his call, to support) rather than a verb.</summary>
    public static bool IsNounMarker(Token token) => token.IsWord && Lexicons.NounMarkers.Contains(token);

    /// <summary>A word that grades an adjective: more, less, slightly (more likely to say).</summary>
    public static bool IsDegreeWord(Token token) => token.IsWord && Lexicons.DegreeWords.Contains(token);

    private static bool IsCueWord(Token token) => token.IsWord && char.IsLower(token.Text[0]) && Lexicons.CueWords.Contains(token);

    private static bool IsAdverb(Token token) =>
        token.IsWord && !token.IsCapitalized && (token.Text.EndsWith("ly", StringComparison.Ordinal) && token.Text.Length > 4 || Lexicons.AdverbsBeforeCue.Contains(token));

    /// <summary>
    /// The first token after a dateline that opens the sentence (WASHINGTON (AP) —, NEW YORK, Dec. 14 (UPI) —), or 0:
    /// a dateline is no part of what anyone said.
    /// </summary>
    public static int AfterDateline(IReadOnlyList<Token> tokens)
    {
        var k = 0;
        var capitals = 0;
        while (k < tokens.Count && k < 12)
        {
            var token = tokens[k];
            if (token.IsWord && token.Text.Length >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.' || c == '-'))
            {
                capitals++;
            }
            else if (token.Text is "—" or "–" or "--" || token.Text == "-" && k + 1 < tokens.Count && tokens[k + 1].Text == "-")
            {
                if (capitals == 0)
                {
                    return 0;
                }
                k++;
                while (k < tokens.Count && tokens[k].Text is "-" or "—" or "–")
                {
                    k++;
                }
                return k < tokens.Count ? k : 0;
            }
            else if (!(token.Text is "," or "(" or ")" or "." || token.Kind == TokenKind.Number || token.IsWord && capitals > 0 && token.IsCapitalized))
            {
                return 0;
            }
            k++;
        }
        return 0;
    }

    /// <summary>Where the clause that opens the sentence starts: after a dateline and an opening But, And or Still, (which the annotators leave out).</summary>
    public static int ClauseStart(IReadOnlyList<Token> tokens)
    {
        var k = AfterDateline(tokens);
        if (k + 1 < tokens.Count && Lexicons.OpeningLinkers.Contains(tokens[k]))
        {
            k++;
            if (tokens[k].Text == "," && k + 1 < tokens.Count)
            {
                k++;
            }
        }
        return k;
    }

    /// <summary>The last token index of the subject before a cue: adverbs, auxiliaries and time phrases (on Thursday evening) skipped.</summary>
    public static int SkipBackOverAdjuncts(IReadOnlyList<Token> tokens, int k)
    {
        while (k >= 0)
        {
            var token = tokens[k];
            if (IsAdverb(token) || IsAuxiliary(token))
            {
                k--;
                continue;
            }
            if (IsTimeWord(token) || token.Kind == TokenKind.Number && k > 0 && IsTimeWord(tokens[k - 1]))
            {
                var j = k - 1;
                while (j >= 0 && (IsTimeWord(tokens[j]) || tokens[j].Kind == TokenKind.Number || Lexicons.TimeModifiers.Contains(tokens[j]) || tokens[j].Text == "."))
                {
                    j--;
                }
                // "the president Tuesday said": only skip when something is left for the subject; "a poll released
                // Saturday shows" keeps the time, which belongs to the participle before it.
                if (j >= 0 && tokens[j].IsWord && !(tokens[j].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[j].IsCapitalized || tokens[j].Is("out")))
                {
                    k = j;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /// <summary>
    /// The subject of the cue: a pronoun or relative pronoun right before it, or a noun phrase with its appositives
    /// (Mayra Gonzalez, a cook at the Taj, said / Ms. Arnold, who helped found EDGE, said), without a parenthetical
    /// that starts with a preposition or participle (Mr. Trump, in a brief interview, said).
    /// </summary>
    public static TokenRange? SubjectBefore(IReadOnlyList<Token> tokens, int cueFirst)
    {
        var k = SkipBackOverAdjuncts(tokens, cueFirst - 1);
        if (k < 0)
        {
            return null;
        }
        var token = tokens[k];
        if (IsPronoun(token) || token.Is("that") && k > 0 && tokens[k - 1].IsWord && !IsCueWord(tokens[k - 1]))
        {
            return new TokenRange(k, k + 1);
        }
        if (token.Text is "," or "—" or "–")
        {
            return Appositive(tokens, k);
        }
        if (token.Text == ")" || token.Text == "." && k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Span.End == token.Span.Start)
        {
            // "Sen. Ted Cruz (R-Texas) said", "Joseph R. Biden Jr. said"
            return NounPhraseBefore(tokens, k, 0);
        }
        if (IsShareOfPeople(tokens, k))
        {
            // "About four in 10 said", "26% say": a share of those polled.
            return NounPhraseBefore(tokens, k, 0);
        }
        if (!token.IsWord || IsCueWord(token) || IsAuxiliary(token) || Lexicons.ClauseWords.Contains(token) || Lexicons.Prepositions.Contains(token) || Lexicons.Conjunctions.Contains(token))
        {
            return null;
        }
        return NounPhraseBefore(tokens, k, 0);
    }

    /// <summary>"four in 10", "26%", "43" right before the cue: a number that stands for people.</summary>
    private static bool IsShareOfPeople(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "%" && k > 0 && tokens[k - 1].Kind == TokenKind.Number
        || tokens[k].Kind == TokenKind.Number && k > 1 && tokens[k - 1].Is("in") && tokens[k - 2].IsWord && !tokens[k - 2].IsCapitalized;

    private static TokenRange? Appositive(IReadOnlyList<Token> tokens, int comma)
    {
        var mark = tokens[comma].Text;
        var p1 = PreviousBreak(tokens, comma - 1, mark);
        if (p1 + 1 >= comma)
        {
            return null;
        }
        var first = tokens[p1 + 1];
        if (!first.Is("who") && !first.Is("whose") && !first.Is("which") && HasVerbLikeWord(tokens, p1 + 1, FirstRelative(tokens, p1 + 1, comma)))
        {
            // "… to slip into a speech of this magnitude, said Matt Latimer": a clause before the comma, not an appositive.
            return null;
        }
        if (IsParenthetical(first))
        {
            // Mr. Trump, in a brief interview on Saturday, said
            if (p1 < 0 || tokens[p1].Text != mark)
            {
                return null;
            }
            return NounPhraseBefore(tokens, p1 - 1, 0);
        }
        if (p1 < 0 || tokens[p1].Text != mark)
        {
            // "The deal, announced Friday, would …" or "…as soon as June 8, said the officials": no subject with one comma.
            return null;
        }
        var p2 = PreviousBreak(tokens, p1 - 1, mark);
        if (p2 + 1 >= p1)
        {
            return null;
        }
        var second = tokens[p2 + 1];
        if (first.Is("which"))
        {
            // "Christopher M. Shelton, the president of the union, which endorsed Mr. Sanders, said": the clause is about the union.
            // "One Club for Growth ad, which is currently airing, argues": the clause is about the subject that opens the sentence.
            return Appositive(tokens, p1) ?? (p2 < 0 && NounPhraseBefore(tokens, p1 - 1, 0) is { Start: 0 } ? new TokenRange(0, comma) : null);
        }
        var firstIsRelative = first.Is("who") || first.Is("whose");
        if (second.Is("who") || second.Is("whose") || second.Is("which"))
        {
            // Ms. Arnold, who helped found EDGE, an environmental justice group, said
            if (p2 < 0 || tokens[p2].Text != mark)
            {
                return null;
            }
            var core = NounPhraseBefore(tokens, p2 - 1, 0);
            return core is { } c ? new TokenRange(c.Start, comma) : null;
        }
        if (!firstIsRelative && IsParenthetical(second) && p1 - p2 <= 8 && comma - p1 <= 3 && first.IsCapitalized && p2 >= 1 && tokens[p2].Text == mark)
        {
            // "Clinton, speaking in Columbus, Ohio, said" / "Cory James, of Detroit, Mich., said": a place split by its comma.
            return Appositive(tokens, p2) ?? NounPhraseBefore(tokens, p2 - 1, 0);
        }
        if (!firstIsRelative && IsIntroductory(tokens, p2 + 1, p1))
        {
            return NounPhraseBefore(tokens, comma - 1, p1 + 1);
        }
        var head = NounPhraseBefore(tokens, p1 - 1, p2 + 1);
        if (head is { } h && IsDate(tokens, h))
        {
            // "June 22nd, 2009 General Kayani, discussed …": a date is no subject.
            return NounPhraseBefore(tokens, comma - 1, p1 + 1);
        }
        if (head is null)
        {
            return firstIsRelative ? null : NounPhraseBefore(tokens, comma - 1, p1 + 1);
        }
        return new TokenRange(head.Value.Start, comma);
    }

    private static bool IsDate(IReadOnlyList<Token> tokens, TokenRange range)
    {
        for (var k = range.Start; k < range.End; k++)
        {
            if (!(IsTimeWord(tokens[k]) || tokens[k].Kind == TokenKind.Number || tokens[k].IsWord && char.IsDigit(tokens[k].Text[0]) || tokens[k].Text == "."))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The index of the comma (or dash) before <paramref name="k"/> that ends the previous segment, or -1.</summary>
    private static int PreviousBreak(IReadOnlyList<Token> tokens, int k, string mark)
    {
        var depth = 0;
        // A subject's segments are short: looking further back than this would make a run-on sentence quadratic.
        for (var j = k; j >= 0 && k - j < MaxSegmentTokens; j--)
        {
            var text = tokens[j].Text;
            if (text == ")")
            {
                depth++;
            }
            else if (text == "(")
            {
                depth--;
            }
            else if (depth <= 0 && (text == mark || text is ";" or ":" || tokens[j].Kind == TokenKind.QuoteMark && text != "'" && text != "’"))
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>A segment that opens a sentence as an adverbial: In response, / After the debate, / Still,.</summary>
    private static bool IsIntroductory(IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = tokens[start];
        return IsParenthetical(first) || Lexicons.ClauseWords.Contains(first) || Lexicons.LeadingLinkers.Contains(first) && end - start == 1
            || first.Text.EndsWith("ing", StringComparison.Ordinal) || first.Text.EndsWith("ed", StringComparison.Ordinal) && !first.IsCapitalized
            || HasVerbLikeWord(tokens, start, end);
    }

    /// <summary>The first relative pronoun of a segment (a former adviser who has criticized …), or its end.</summary>
    private static int FirstRelative(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicons.RelativePronouns.Contains(tokens[k]))
            {
                return k;
            }
        }
        return end;
    }

    public static bool HasVerbLikeWord(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (IsAuxiliary(tokens[j]) || IsCueWord(tokens[j]) || tokens[j].Is("that"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParenthetical(Token first) =>
        first.IsWord && (Lexicons.Prepositions.Contains(first) || first.Text.EndsWith("ing", StringComparison.Ordinal) && !first.IsCapitalized
            || Lexicons.ParentheticalOpeners.Contains(first) || IsAdverb(first));

    /// <summary>
    /// A noun phrase that ends at token <paramref name="end"/> (inclusive), going left no further than <paramref name="limit"/>:
    /// words, names, numbers, possessives, hyphens, parenthesised party tags and prepositions inside; it stops at a comma,
    /// an auxiliary, a cue word, a clause word or a conjunction (but "Clinton and Sanders" stays one phrase).
    /// </summary>
    public static TokenRange? NounPhraseBefore(IReadOnlyList<Token> tokens, int end, int limit)
    {
        if (end < limit || end < 0)
        {
            return null;
        }
        var j = end;
        var start = end + 1;
        while (j >= limit && end - j < MaxSubjectTokens)
        {
            var token = tokens[j];
            if (token.Text == ")")
            {
                var open = j - 1;
                while (open >= limit && tokens[open].Text != "(" && j - open < 6)
                {
                    open--;
                }
                if (open < limit || tokens[open].Text != "(")
                {
                    break;
                }
                start = open;
                j = open - 1;
                continue;
            }
            if (token.Text is "." or "-" or "&" or "’" or "'" && j > limit && tokens[j - 1].IsWord && tokens[j - 1].Span.End == token.Span.Start)
            {
                j--;
                continue;
            }
            if (token.Text == "/" && j > limit && j < end)
            {
                start = j;
                j--;
                continue;
            }
            if (token.Kind == TokenKind.Number || token.Text == "%" && j > limit && tokens[j - 1].Kind == TokenKind.Number)
            {
                start = j;
                j--;
                continue;
            }
            if (!token.IsWord)
            {
                break;
            }
            if (IsAuxiliary(token) || IsCueWord(token) && j != end || Lexicons.ClauseWords.Contains(token) || token.Is("not")
                || token.Is("to") && j < end && !(Lexicons.Determiners.Contains(tokens[j + 1]) || tokens[j + 1].IsCapitalized || Lexicons.ObjectPronouns.Contains(tokens[j + 1]))
                || !token.IsCapitalized && token.Text.EndsWith("ing", StringComparison.Ordinal) && token.Text.Length > 5 && j != end
                || Lexicons.IrregularPastVerbs.Contains(token) && !token.IsCapitalized)
            {
                break;
            }
            if (Lexicons.Conjunctions.Contains(token))
            {
                // "Hillary Clinton and Bernie Sanders", "the families, supporters and officials"
                var capitalisedBothSides = j > limit && j < end && tokens[j - 1].IsWord && tokens[j - 1].IsCapitalized && tokens[j + 1].IsCapitalized;
                if (!capitalisedBothSides || token.Is("but") || token.Is("yet"))
                {
                    break;
                }
            }
            if (Lexicons.Determiners.Contains(token) && j > limit && j < end && !IsPreposition(tokens[j - 1]) && tokens[j - 1].Text != "’s")
            {
                // a determiner opens the phrase, unless it follows a preposition inside it (a spokesman for the mayor)
                start = j;
                break;
            }
            if (IsPronoun(token) && !token.IsCapitalized && j != end && !token.Is("one") && !token.Is("some") && !token.Is("many") && !token.Is("most") && !token.Is("all") && !token.Is("both") && !token.Is("few") && !token.Is("others"))
            {
                break;
            }
            start = j;
            j--;
        }
        // Leading linking words, prepositions without an object and conjunctions are not part of the phrase.
        while (start <= end && (Lexicons.LeadingLinkers.Contains(tokens[start]) && (start == 0 || start < end) || tokens[start].IsWord && Lexicons.Prepositions.Contains(tokens[start]) && !tokens[start].IsCapitalized))
        {
            start++;
        }
        while (start <= end && !tokens[start].IsWord && tokens[start].Kind != TokenKind.Number && tokens[start].Text != "(")
        {
            start++;
        }
        // "2009 General Kayani": a year before a name.
        if (start < end && tokens[start].Kind == TokenKind.Number && tokens[start].Text.Length == 4 && tokens[start + 1].IsCapitalized)
        {
            start++;
        }
        // A sentence-initial preposition phrase with no comma ("In a tweet the city of Nice urged"): start at the last determiner.
        if (start <= end && tokens[start].IsCapitalized && Lexicons.Prepositions.Contains(tokens[start])
            && !(start + 1 <= end && (tokens[start + 1].Kind == TokenKind.Number || Lexicons.NumberWords.Contains(tokens[start + 1]))))
        {
            var det = -1;
            for (var m = start + 1; m <= end; m++)
            {
                if (tokens[m].Is("the") || tokens[m].Is("a") || tokens[m].Is("an"))
                {
                    det = m;
                }
            }
            if (det < 0)
            {
                return null;
            }
            start = det;
        }
        return start <= end ? new TokenRange(start, end + 1) : null;
    }

    /// <summary>
    /// The subject that opens the clause (after an opening adverbial and its comma), up to its verb: "The council" in
    /// "The council approved the plan, saying …". Verbs are told by auxiliaries, cue words, -ed endings and common irregular pasts.
    /// </summary>
    public static TokenRange? SubjectAtStart(IReadOnlyList<Token> tokens, int before)
    {
        var start = AfterDateline(tokens);
        if (start < before && (IsParenthetical(tokens[start]) || Lexicons.ClauseWords.Contains(tokens[start]) || Lexicons.LeadingLinkers.Contains(tokens[start])))
        {
            var comma = start;
            while (comma < before && tokens[comma].Text != ",")
            {
                comma++;
            }
            if (comma >= before)
            {
                return null;
            }
            start = comma + 1;
        }
        if (start >= before || !(tokens[start].IsCapitalized || Lexicons.Determiners.Contains(tokens[start]) || IsPronoun(tokens[start])))
        {
            return null;
        }
        var j = start;
        while (j < before && j - start < 10)
        {
            var token = tokens[j];
            if (j > start && token.IsWord && !token.IsCapitalized && (IsAuxiliary(token) || IsCueWord(token) || Lexicons.IrregularPastVerbs.Contains(token)
                || token.Text.EndsWith("ed", StringComparison.Ordinal) && token.Text.Length > 3))
            {
                var subjectEnd = j;
                while (subjectEnd - 1 > start && IsAdverb(tokens[subjectEnd - 1]))
                {
                    subjectEnd--; // "COAS also called …"
                }
                return new TokenRange(start, subjectEnd);
            }
            if (!(token.IsWord || token.Kind == TokenKind.Number || token.Text is "." or "-" or "’" or "'"))
            {
                return null;
            }
            j++;
        }
        // No verb told apart before the cue ("The ad ends with a voice saying"): the words up to the first preposition.
        for (var k = start + 1; k < j; k++)
        {
            if (IsPreposition(tokens[k]))
            {
                return k - start >= 2 ? new TokenRange(start, k) : null;
            }
        }
        return null;
    }

    /// <summary>The source after an inverted cue (…, said Bryan English, the campaign's Iowa director): up to the sentence end or a relative clause.</summary>
    public static TokenRange? SubjectAfter(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end || !tokens[start].IsWord || IsAuxiliary(tokens[start]) || Lexicons.ClauseWords.Contains(tokens[start]) && !tokens[start].Is("one"))
        {
            return null;
        }
        if (IsPronoun(tokens[start]))
        {
            return new TokenRange(start, start + 1);
        }
        var j = start;
        var lastWord = start;
        var sawComma = false;
        while (j < end)
        {
            var token = tokens[j];
            if (token.Text == "," && j + 1 < end && (tokens[j + 1].Is("adding") || AccordingToPhrase.StartsAt(tokens[j + 1]) || IsCueWord(tokens[j + 1]) || tokens[j + 1].Kind == TokenKind.Number))
            {
                break; // "…, said Sarandon, 69, …": an age is no part of the source
            }
            if (token.IsWord && (token.Is("who") || token.Is("whose")) && j > start && !IsAnonymityClause(tokens, j, end))
            {
                // "said David Axelrod, who was the chief strategist on the campaigns": the relative clause describes the source.
                lastWord = LastWordBefore(tokens, j, end);
                break;
            }
            if (token.IsWord && (IsAuxiliary(token) || IsCueWord(token) || token.Is("that") || token.Is("who")))
            {
                break;
            }
            if (token.IsWord && IsPreposition(token) && !token.IsCapitalized && !(token.Is("of") || token.Is("for") || token.Is("from"))
                && (Lexicons.TimePrepositions.Contains(token) || j + 1 < end && (IsTimeWord(tokens[j + 1]) || tokens[j + 1].Is("a") || tokens[j + 1].Is("an"))
                    || !sawComma && j > start && (tokens[j - 1].IsCapitalized || tokens[j - 1].Text == ".")))
            {
                break; // said Mayor Calloway after the vote / on Tuesday / in a statement, but not "a fellow at the Brookings Institution"
            }
            if (token.Text == ",")
            {
                sawComma = true;
            }
            if (IsTimeWord(token) && token.IsCapitalized && j > start)
            {
                break;
            }
            if (token.Text is "." or ";" or ":" or "?" or "!" && !(token.Text == "." && j + 1 < end && tokens[j + 1].Text == ")") && (j + 1 >= end || token.Span.Start != tokens[j - 1].Span.End || tokens[j - 1].Text.Length > 3))
            {
                break;
            }
            if (token.Kind == TokenKind.QuoteMark)
            {
                break;
            }
            if (token.IsWord || token.Kind == TokenKind.Number || token.Text is ")" or ".")
            {
                lastWord = j;
            }
            j++;
        }
        return new TokenRange(start, lastWord + 1);
    }

    /// <summary>", who spoke on condition of anonymity": a relative clause that only says why the source is not named.</summary>
    private static bool IsAnonymityClause(IReadOnlyList<Token> tokens, int who, int end)
    {
        for (var k = who + 1; k < end && k < who + 12; k++)
        {
            if (Lexicons.AnonymousSources.MatchPhrase(tokens, k) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The last word or number before the sentence end or before ", adding …" / ", according to …".</summary>
    private static int LastWordBefore(IReadOnlyList<Token> tokens, int from, int end)
    {
        var last = from;
        for (var j = from; j < end; j++)
        {
            if (tokens[j].Text == "," && j + 1 < end && (AccordingToPhrase.StartsAt(tokens[j + 1]) || IsCueWord(tokens[j + 1])))
            {
                break;
            }
            if (tokens[j].IsWord || tokens[j].Kind == TokenKind.Number || tokens[j].Text == ")")
            {
                last = j;
            }
        }
        return last;
    }

    /// <summary>
    /// Where the content starts after a cue: at "that" when only a time phrase, a place, a medium or the person told stands
    /// between (said on CNN that, told reporters Tuesday that); after the object of told (told the AP her group …); after a colon.
    /// </summary>
    public static int ContentStartAfter(IReadOnlyList<Token> tokens, Cue cue, int end)
    {
        var k = cue.EndToken;
        if (k < end && tokens[k].Text is ":" or ",")
        {
            return k + 1;
        }
        // "argued emphatically that", "pressed privately for": an adverb belongs to the cue.
        while (k + 1 < end && IsAdverb(tokens[k]) && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))
        {
            k++;
        }
        // "rejected the notion that …", "showed no sign that …": the noun belongs to the cue, the content starts at "that".
        if (k + 2 < end && (tokens[k].Is("the") || tokens[k].Is("no") || tokens[k].Is("a")) && Lexicons.StanceNouns.Contains(tokens[k + 1]) && tokens[k + 2].Is("that"))
        {
            return k + 2;
        }
        // "tweeted this: “…”", "wrote the following:"
        if (k + 1 < end && tokens[k].Is("this") && tokens[k + 1].Text == ":")
        {
            return k + 2;
        }
        if (k + 2 < end && tokens[k].Is("the") && tokens[k + 1].Is("following") && tokens[k + 2].Text == ":")
        {
            return k + 3;
        }
        var telling = IsTelling(cue);
        var quoted = false;
        for (var j = k; j < end && j - k <= 14; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.QuoteMark && token.Text is not ("'" or "’" or "‘"))
            {
                // "said on NBC's “Meet the Press” that …": a quoted title may stand between, but no "that" inside it counts.
                quoted = !quoted;
            }
            if (quoted && token.Is("that"))
            {
                break;
            }
            if (token.Is("that") && j > k)
            {
                // "said on CNN that Manafort …", not "adds to the drama that has surrounded …".
                var next = j + 1 < end ? tokens[j + 1] : token;
                if (j + 1 < end && (next.IsWord || next.Kind == TokenKind.QuoteMark || next.Kind == TokenKind.Number)
                    && !IsAuxiliary(next) && !(next.IsWord && !next.IsCapitalized && (next.Text.EndsWith("ed", StringComparison.Ordinal) || IsCueWord(next))))
                {
                    return j;
                }
                break;
            }
            if (token.Is("that"))
            {
                return j;
            }
            if (token.Text is "." or ";" or ":" || token.Kind == TokenKind.QuoteMark && !(k < end && IsPreposition(tokens[k]) && !tokens[k].Is("to")) || IsAuxiliary(token) || IsCueWord(token) || IsClauseWord(token)
                || !telling && j == k && !(IsPreposition(token) || IsTimeWord(token) || token.IsCapitalized || token.Text == "," || token.Is("last") || token.Is("this") || token.Is("earlier")))
            {
                break;
            }
            if (IsPronoun(token) && j > k && !token.Is("one"))
            {
                break;
            }
        }
        if (telling && cue.Kind != CueKind.Object)
        {
            return SkipObject(tokens, k, end);
        }
        // "said in a statement: …", "wrote on Facebook, …": a medium or a place before a colon or a comma.
        if (k < end && IsPreposition(tokens[k]))
        {
            for (var j = k + 1; j < end && j - k <= 8; j++)
            {
                if (tokens[j].Text is ":" or ",")
                {
                    return j + 1;
                }
                if (!tokens[j].IsWord || IsAuxiliary(tokens[j]) || IsCueWord(tokens[j]) || IsClauseWord(tokens[j]) || IsPronoun(tokens[j]))
                {
                    break;
                }
            }
        }
        return SkipTime(tokens, k, end);
    }

    /// <summary>Skips a time phrase right after the cue: said Tuesday the …, said on Thursday night that ….</summary>
    private static int SkipTime(IReadOnlyList<Token> tokens, int k, int end)
    {
        var j = k;
        if (j < end && tokens[j].Is("on") && j + 1 < end && IsTimeWord(tokens[j + 1]))
        {
            j++;
        }
        var skipped = false;
        while (j < end && (IsTimeWord(tokens[j]) && tokens[j].IsCapitalized || skipped && (tokens[j].Is("night") || tokens[j].Is("morning") || tokens[j].Is("evening") || tokens[j].Is("afternoon"))))
        {
            j++;
            skipped = true;
        }
        if (skipped && j < end && tokens[j].Text == ",")
        {
            j++;
        }
        return skipped && j < end ? j : k;
    }

    /// <summary>told the AP her group …: skips the person or outlet told (and "(AP)," after it).</summary>
    private static int SkipObject(IReadOnlyList<Token> tokens, int k, int end)
    {
        var j = SkipObjectWords(tokens, k, end);
        if (j + 2 < end && tokens[j].Text == "(" && tokens[j + 2].Text == ")")
        {
            j += 3;
        }
        if (j > k && j + 1 < end && tokens[j].Text == "," && tokens[j + 1].Kind == TokenKind.QuoteMark)
        {
            j++;
        }
        return j;
    }

    private static int SkipObjectWords(IReadOnlyList<Token> tokens, int k, int end)
    {
        var j = k;
        if (j >= end)
        {
            return k;
        }
        if (tokens[j].Is("me") || tokens[j].Is("him") || tokens[j].Is("her") && j + 1 < end && (IsPronoun(tokens[j + 1]) || tokens[j + 1].Is("the")) || tokens[j].Is("them") || tokens[j].Is("us") || tokens[j].Is("reporters") || tokens[j].Is("journalists"))
        {
            return SkipTime(tokens, j + 1, end);
        }
        if (tokens[j].Is("the") || tokens[j].Is("a") || tokens[j].Is("an"))
        {
            // told a Russian business daily his country …: the object ends before a possessive, a pronoun or a determiner.
            j++;
            var limit = j + 5;
            while (j < end && j < limit && tokens[j].IsWord && !IsPronoun(tokens[j]) && !Lexicons.Determiners.Contains(tokens[j]) && !IsAuxiliary(tokens[j]) && !IsCueWord(tokens[j]) && !tokens[j].Is("that"))
            {
                j++;
            }
            return SkipTime(tokens, j, end);
        }
        while (j < end && j - k < 6 && (tokens[j].IsWord && tokens[j].IsCapitalized || tokens[j].Text == "." && j > k))
        {
            j++;
        }
        return SkipTime(tokens, j, end);
    }

    /// <summary>
    /// Where content that starts at <paramref name="start"/> ends: the sentence end, or before ", adding …", ", according to …",
    /// "and said …" (the same subject says something else) or ", he said" (a cue of its own).
    /// </summary>
    public static int ContentEndAfter(IReadOnlyList<Token> tokens, int start, int end)
    {
        var quoted = false;
        end = Math.Min(end, start + MaxContentTokens);
        for (var j = start + 1; j < end; j++)
        {
            var token = tokens[j];
            if (token.Text is "“" or "”" or "\"" || token.Text == "'" && j + 1 < end && tokens[j + 1].Text == "'" && tokens[j + 1].Span.Start == token.Span.End)
            {
                quoted = token.Text switch { "“" => true, "”" => false, _ => !quoted };
                if (token.Text == "'")
                {
                    j++;
                }
                // “… that person,” telling Fox 35 …: the comma inside the marks ends the content before the participle.
                if (!quoted && tokens[j - 1].Text == "," && j + 1 < end && IsSpeechParticiple(tokens[j + 1]))
                {
                    return j + 1;
                }
                continue;
            }
            if (!quoted && IsWritersAddition(tokens, j, end))
            {
                return j;
            }
            if (token.Text is "," or ";" or "—" or "–" && j + 1 < end)
            {
                var next = tokens[j + 1];
                if (AccordingToPhrase.StartsAt(next) || IsSpeechParticiple(next))
                {
                    return j;
                }
            }
            if ((token.Is("and") || token.Is("but")) && j + 1 < end)
            {
                var n = j + 1;
                while (n < end && IsAdverb(tokens[n]))
                {
                    n++;
                }
                // "called him divisive and accused him of …", "thinks A, but believes B": a second verb of the same subject.
                if (n < end && IsCueWord(tokens[n]) && !tokens[n].Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.TryGetWord(tokens[n], out var kind) && kind != CueKind.Raising)
                {
                    return j > start && tokens[j - 1].Text == "," ? j - 1 : j;
                }
            }
        }
        return end;
    }

    private static bool IsSpeechParticiple(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.TryGetWord(token, out var kind) && kind is CueKind.Speech or CueKind.Object;

    /// <summary>
    /// The writer's words after what was reported: ", which forced …", ", even though …", ", compared with …", "; …", a closing
    /// parenthesis, or a weekday at the end (… the founder of ISIS on Wednesday at a Florida rally).
    /// </summary>
    private static bool IsWritersAddition(IReadOnlyList<Token> tokens, int j, int end)
    {
        var token = tokens[j];
        if (token.Text == ")" && j + 1 >= end)
        {
            return true;
        }
        if (token.Text == ";")
        {
            return true;
        }
        if (token.Text == "," && j + 1 < end)
        {
            var next = tokens[j + 1];
            if (next.Is("but") && j + 2 < end && Lexicons.SubjectPronouns.Contains(tokens[j + 2]) && j + 3 < end && !IsCueWord(tokens[j + 3]))
            {
                return true; // "…, but he sounded a nostalgic note": the writer goes on about the speaker
            }
            if (next.Is("which") && HasQuoteMark(tokens, j + 1, end))
            {
                return false; // ", which “will help elect …”": the speaker's own words go on
            }
            if (next.Is("which") || next.Is("despite") || next.Is("compared") || next.Is("leading") || next.Is("well") || next.Is("though") || next.Is("although")
                || next.IsWord && !next.IsCapitalized && next.Text.EndsWith("ing", StringComparison.Ordinal) && next.Text.Length > 5 && !IsCueWord(next) && !next.Is("including")
                || (next.Is("even") && j + 2 < end && (tokens[j + 2].Is("though") || tokens[j + 2].Is("as"))))
            {
                return true;
            }
        }
        // "… on Wednesday at a Florida rally.": a weekday, then only places and times to the end.
        if (token.Is("on") && j + 1 < end && Lexicons.Weekdays.Contains(tokens[j + 1]) && j + 2 < end && tokens[j + 2].IsWord && IsPreposition(tokens[j + 2]))
        {
            for (var k = j + 1; k < end; k++)
            {
                if (IsAuxiliary(tokens[k]) || IsCueWord(tokens[k]) || tokens[k].Is("that") || tokens[k].Text is "," or ";" || IsPronoun(tokens[k]))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static bool HasQuoteMark(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (tokens[k].Text is "“" or "\"")
            {
                return true;
            }
        }
        return false;
    }


    /// <summary>
    /// True when only a short tail follows the cue to the sentence end (…, she said on Tuesday in a statement.), so that the
    /// content stands before it. <paramref name="tailEnd"/> is where the tail stops (the sentence end, or a comma that goes on).
    /// </summary>
    public static bool OnlyTailFollows(IReadOnlyList<Token> tokens, int k, int end, bool telling, out int tailEnd)
    {
        tailEnd = k;
        var j = k;
        while (j < end)
        {
            var token = tokens[j];
            if (token.Text is "," or "—" or "–" or ";")
            {
                tailEnd = j;
                return true;
            }
            if (token.Text is "." or "!" or "?" || token.Kind == TokenKind.QuoteMark)
            {
                j++;
                continue;
            }
            if (j == k && token.IsWord && !(IsPreposition(token) || IsTimeWord(token) || token.Is("last") || token.Is("this") || telling && (token.IsCapitalized || token.Is("reporters") || token.Is("journalists") || token.Is("the") || Lexicons.ObjectPronouns.Contains(token))))
            {
                return false;
            }
            if (!token.IsWord && token.Kind != TokenKind.Number && token.Text is not ("(" or ")" or "'" or "’" or "-"))
            {
                return false;
            }
            if (token.IsWord && (IsAuxiliary(token) || token.Is("that") || token.Is("to") && j + 1 < end && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized && !tokens[j + 1].Is("the") && !tokens[j + 1].Is("a") && !tokens[j + 1].Is("reporters")
                || IsCueWord(token) && j > k || IsPronoun(token) && !token.Is("one") && !(j > k && IsPreposition(tokens[j - 1])) || Lexicons.ObjectPronouns.Contains(token) && !(j > k && IsPreposition(tokens[j - 1])) && !telling))
            {
                return false;
            }
            if (j - k > 14)
            {
                return false;
            }
            j++;
        }
        tailEnd = end;
        return true;
    }
}
