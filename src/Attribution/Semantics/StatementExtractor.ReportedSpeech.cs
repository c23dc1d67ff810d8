using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>Reported speech around the cues that no quotation took: subject, content and its bounds.</summary>
public sealed partial class StatementExtractor
{
    /// <summary>
    /// Reported speech around a cue: X said (that) …; …, X said; A, X said, B; …, said X; according to X, …; …, according to X;
    /// X told Y (that) …; X asked Y to …; X believes …; …, adding …; and said ….
    /// </summary>
    private Statement? ReportedSpeech(Sentence sentence, Cue cue, Speaker? sentenceSpeaker)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var end = TokenEnd(tokens, ContentEnd(sentence));
        if (cue.FirstToken >= end)
        {
            return null;
        }
        if (cue.IsAccordingTo)
        {
            return AccordingTo(sentence, cue, tokens, end);
        }
        var before = cue.FirstToken > 0 ? tokens[cue.FirstToken - 1] : new Token(default, TokenKind.Punctuation, "");
        if (cue.Text.Equals("asked", StringComparison.OrdinalIgnoreCase) && (cue.FirstToken == 0 || before.Text == "," || IsSubordinator(before) || CueFinder.IsFormOfBe(before)))
        {
            return AskedQuestion(sentence, cue, tokens, end);
        }
        if (before.Is("to") && cue.Kind != CueKind.Raising && RaisedSubject(sentence, tokens, cue.FirstToken - 1) is { } raised)
        {
            // "He appeared to suggest that …", "Democratic voters are more likely to say …": the subject of the raising verb says it.
            return MakeAfter(sentence, cue, raised, tokens, ClauseReader.ContentStartAfter(tokens, cue, end), end);
        }
        var sayingTo = before.Is("to") && cue.Kind == CueKind.Speech && cue.EndToken < end && (tokens[cue.EndToken].Text == ":" || tokens[cue.EndToken].Kind == TokenKind.QuoteMark);
        if (cue.FirstToken > 0 && ClauseReader.IsNounMarker(before) && !(before.Is("that") || before.Is("those")) && !sayingTo)
        {
            return null; // the claims, his call, to support: a noun or an infinitive, not a cue
        }
        if (cue.EndToken < end && tokens[cue.EndToken].Is("to") && cue.Text.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            return null; // adds to the drama
        }
        if (cue.Kind == CueKind.Raising)
        {
            return Raising(sentence, cue, tokens, end);
        }
        if (cue.Kind is CueKind.Belief or CueKind.Object && cue.EndToken < end && tokens[cue.EndToken].Is("of"))
        {
            return null; // fears of, views of
        }
        if (cue.Text is "called" or "calls" or "calling" && cue.EndToken < end && tokens[cue.EndToken].Is("on") && !HasWordAhead(tokens, cue.EndToken, end, "to", 10))
        {
            return null; // called on Mr Zavarzin: a visit
        }
        if (cue.FirstToken > 0 && cue.Text.EndsWith("ed", StringComparison.Ordinal) && CueFinder.IsFormOfBe(before))
        {
            return null; // "after the winner was declared": a passive names no source
        }
        var participle = ClauseReader.IsParticiple(cue);
        if (participle || sayingTo || before.Is("and") || before.Is("but") || before.Is("while") || before.Is("by"))
        {
            // "…, saying …", "and said …": the subject of the clause says it.
            var commaInsideMarks = before.Kind == TokenKind.QuoteMark && cue.FirstToken >= 2 && tokens[cue.FirstToken - 2].Text == ",";
            // "issued a statement saying …": the participle describes what the subject put out.
            var afterStatement = participle && before.IsWord && Lexicons.StatementNouns.Contains(before);
            if (cue.FirstToken == 0 || participle && !(before.Text is "," or "—" or "–" || commaInsideMarks || afterStatement || before.Is("and") || before.Is("while") || before.Is("by") || before.Is("in")))
            {
                return null;
            }
            var subject = sentenceSpeaker ?? FirstSubject(sentence, cue.FirstToken);
            if (subject is null)
            {
                return null;
            }
            var start = ClauseReader.ContentStartAfter(tokens, cue, end);
            return MakeAfter(sentence, cue, subject, tokens, start, end);
        }

        var range = ExtendToMention(sentence, tokens, ClauseReader.SubjectBefore(tokens, cue.FirstToken));
        if (range is null)
        {
            // "…, said Bryan English, the campaign's Iowa director."
            if (cue.Kind == CueKind.Belief || cue.FirstToken < 2 || before.Text is not ("," or "”" or "\"" or "—"))
            {
                return null;
            }
            var comma = before.Text is "," or "—" ? cue.FirstToken - 1 : -1;
            var after = ClauseReader.SubjectAfter(tokens, cue.EndToken, end);
            if (after is null || comma < 1 || !EndsWithSource(tokens, after.Value.End, end) || !LooksLikeClause(tokens, 0, comma))
            {
                return null;
            }
            var inverted = _speakers.FromRange(sentence.Index, after.Value);
            return inverted is null ? null : OwnSubject(Make(sentence, cue, inverted, [Span(tokens, ClauseReader.ClauseStart(tokens), comma)]));
        }
        var speaker = _speakers.FromRange(sentence.Index, range.Value);
        if (speaker is null || InsideQuotation(speaker.Span))
        {
            return null;
        }
        if (cue.Kind == CueKind.Belief && tokens[range.Value.Start].Is("it") && range.Value.Length == 1)
        {
            return null;
        }
        var open = range.Value.Start - 1;
        if (open > 0 && tokens[open].Text is "," or "—" or "–" && cue.Kind != CueKind.Belief && ClauseReader.OnlyTailFollows(tokens, cue.EndToken, end, ClauseReader.IsTelling(cue), out var tail)
            && (LooksLikeClause(tokens, 0, open) || IsInterruption(tokens, tail, end) && !ClauseReader.IsPreposition(tokens[0])))
        {
            var first = Span(tokens, ClauseReader.ClauseStart(tokens), open);
            if (tail >= end || tail + 1 >= end || ContinuesWithCue(tokens, tail + 1) || tokens[tail + 1].Kind == TokenKind.QuoteMark)
            {
                // "…, X said." / "…, X said, adding …"
                return OwnSubject(Make(sentence, cue, speaker, [first]));
            }
            // "A, X said, B."
            var restEnd = ClauseReader.ContentEndAfter(tokens, tail + 1, end);
            return OwnSubject(Make(sentence, cue, speaker, [first, Span(tokens, tail + 1, restEnd)]));
        }
        var contentStart = ClauseReader.ContentStartAfter(tokens, cue, end);
        if (contentStart == cue.EndToken && contentStart < end && ClauseReader.IsAuxiliary(tokens[contentStart]) && open >= 0 && IsRelativePronoun(tokens[open]))
        {
            // "policies, which he said had harmed the economy": the relative pronoun and the verb after the cue are what was said.
            // A relative clause set off by a comma closes at the next one ("The changes, which officials said will start soon, will …").
            var relativeEnd = ClauseReader.ContentEndAfter(tokens, contentStart, end);
            if (open > 0 && tokens[open - 1].Text == ",")
            {
                relativeEnd = NextComma(tokens, contentStart, relativeEnd);
            }
            return OwnSubject(Make(sentence, cue, speaker, [tokens[open].Span, Span(tokens, contentStart, relativeEnd)]));
        }
        return OwnSubject(MakeAfter(sentence, cue, speaker, tokens, contentStart, end));
    }

    private static Statement? OwnSubject(Statement? statement) => statement is null ? null : statement with { SpeakerIsCueSubject = true };

    /// <summary>"Mr Victor Zavarzin, Chairman of Defence and Security Committee expressed …": a subject that is the appositive title of a name goes back to the name.</summary>
    private TokenRange? ExtendToMention(Sentence sentence, IReadOnlyList<Token> tokens, TokenRange? range)
    {
        if (range is not { } r || r.Start < 2 || tokens[r.Start - 1].Text != ",")
        {
            return range;
        }
        var end = tokens[r.End - 1].Span.End;
        foreach (var mention in _syntax.MentionsInSentence(sentence.Index))
        {
            if (mention.Span.End <= tokens[r.Start - 1].Span.Start && mention.ExtentEnd == end && mention.Titles.Count > 0)
            {
                var k = r.Start - 1;
                while (k > 0 && tokens[k - 1].Span.Start >= mention.Span.Start)
                {
                    k--;
                }
                // "at a rally in Velden, the mayor …": a place after a preposition is no name with a title.
                return k > 0 && ClauseReader.IsPreposition(tokens[k - 1]) ? range : new TokenRange(k, r.End);
            }
        }
        return range;
    }

    private static bool HasWordAhead(IReadOnlyList<Token> tokens, int from, int end, string word, int within)
    {
        for (var k = from; k < end && k < from + within; k++)
        {
            if (tokens[k].Is(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The race appears closer", "Sanders is expected to win": the subject and the complement are the claim; no source is named.</summary>
    private Statement? Raising(Sentence sentence, Cue cue, IReadOnlyList<Token> tokens, int end)
    {
        var k = cue.FirstToken - 1;
        var be = k >= 0 && CueFinder.IsFormOfBe(tokens[k]);
        if (cue.Text == "expected" && !be)
        {
            return null;
        }
        var range = ClauseReader.SubjectBefore(tokens, cue.FirstToken);
        if (range is null || cue.EndToken >= end || IsCueAfterTo(sentence, cue.EndToken, end))
        {
            return null; // "appeared to suggest …": the cue after "to" takes the subject
        }
        var restEnd = ClauseReader.ContentEndAfter(tokens, cue.EndToken, end);
        if (range.Value.Length == 1 && tokens[range.Value.Start].Is("it"))
        {
            // "it seems the public's view of her is awful": no subject of the claim, only the clause.
            var start = cue.EndToken < end && tokens[cue.EndToken].Is("that") ? cue.EndToken + 1 : cue.EndToken;
            return start < restEnd ? Make(sentence, cue, null, [Span(tokens, start, restEnd)]) : null;
        }
        // "The club is reportedly spending …": an adverb leaves the verb before it in what is claimed.
        var subjectEnd = cue.Text == "reportedly" ? cue.FirstToken : range.Value.End;
        return Make(sentence, cue, null, [Span(tokens, range.Value.Start, subjectEnd), Span(tokens, cue.EndToken, restEnd)]);
    }

    private bool IsCueAfterTo(Sentence sentence, int to, int end) =>
        to + 1 < end && _syntax.Tokens[sentence.Index][to].Is("to") && CuesOf(sentence.Index).Any(c => c.FirstToken == to + 1 && c.Kind != CueKind.Raising);

    /// <summary>
    /// The subject of a raising verb or of "likely" right before <paramref name="to"/>: "He appeared to", "voters are more
    /// likely to", "The Times is expected to".
    /// </summary>
    private Speaker? RaisedSubject(Sentence sentence, IReadOnlyList<Token> tokens, int to)
    {
        var k = to - 1;
        if (k < 1)
        {
            return null;
        }
        // The token that the subject stands before: the raising verb, or the form of "be" of "is expected" and "are more likely".
        var raising = CuesOf(sentence.Index).FirstOrDefault(c => c.EndToken == to && c.Kind == CueKind.Raising);
        var verb = raising?.FirstToken ?? k;
        var afterBe = raising is null ? tokens[k].Is("likely") : raising.Text == "expected";
        if (raising is null && !afterBe)
        {
            return null;
        }
        if (afterBe)
        {
            verb--;
            while (raising is null && verb > 0 && ClauseReader.IsDegreeWord(tokens[verb]))
            {
                verb--;
            }
        }
        if (verb < 1 || afterBe && !CueFinder.IsFormOfBe(tokens[verb]))
        {
            return null;
        }
        var range = ExtendToMention(sentence, tokens, ClauseReader.SubjectBefore(tokens, verb));
        return range is { } r ? _speakers.FromRange(sentence.Index, r) : null;
    }

    /// <summary>"The vote, Berg said, was close": the attribution is followed by a comma and the rest of the clause, not by a quotation.</summary>
    private static bool IsInterruption(IReadOnlyList<Token> tokens, int tail, int end) =>
        tail + 1 < end && tokens[tail].Text == "," && tokens[tail + 1].Kind != TokenKind.QuoteMark && !ContinuesWithCue(tokens, tail + 1);

    /// <summary>Content before a cue is a clause of some length, not an opening adverbial (In December, / A year later,).</summary>
    private static bool LooksLikeClause(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        var quoted = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number)
            {
                words++;
            }
            quoted |= tokens[k].Kind == TokenKind.QuoteMark;
        }
        if (quoted)
        {
            return words >= 1;
        }
        return words >= 4 && !(ClauseReader.IsPreposition(tokens[start]) && words < 7);
    }

    /// <summary>Only a tail (a time, a place, a relative clause about the source) follows the source of an inverted cue.</summary>
    private static bool EndsWithSource(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (!ClauseReader.OnlyTailFollows(tokens, k, end, false, out var tail))
        {
            return false;
        }
        if (tail >= end || tail + 1 < end && (tokens[tail + 1].Is("who") || tokens[tail + 1].Is("whose") || tokens[tail + 1].Is("which") || ContinuesWithCue(tokens, tail + 1)))
        {
            return true;
        }
        // "…, the council's harbour director, at a public meeting on Tuesday evening."
        return tail + 1 < end && tokens[tail].Text == "," && ClauseReader.IsPreposition(tokens[tail + 1])
            && ClauseReader.OnlyTailFollows(tokens, tail + 1, end, false, out var rest) && rest >= end;
    }

    /// <summary>"…,” Trump tweeted, quoting Comey's statement.": a participle clause after the attribution.</summary>
    private static bool IsParticipleAfterComma(IReadOnlyList<Token> tokens, int tail, int end) =>
        tail + 1 < end && tokens[tail].Text == "," && tokens[tail + 1].IsWord && !tokens[tail + 1].IsCapitalized && tokens[tail + 1].Text.EndsWith("ing", StringComparison.Ordinal);

    private static bool ContinuesWithCue(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].IsWord && (AccordingToPhrase.StartsAt(tokens[k]) || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) && Lexicons.CueWords.Contains(tokens[k]));

    private static bool IsSubordinator(Token token) => token.IsWord && Lexicons.Subordinators.Contains(token);

    /// <summary>
    /// "When asked whether he would run, Berg said …", "Berg was asked by a reporter about the ferry": the question is
    /// what was asked, the asker (after by) its source, and the one asked no source at all.
    /// </summary>
    private Statement? AskedQuestion(Sentence sentence, Cue cue, IReadOnlyList<Token> tokens, int end)
    {
        var k = cue.EndToken;
        Speaker? asker = null;
        if (k < end && tokens[k].Is("by"))
        {
            var agentEnd = k + 1;
            while (agentEnd < end && agentEnd - k <= 8 && !IsQuestionWord(tokens[agentEnd]) && tokens[agentEnd].Text != ",")
            {
                agentEnd++;
            }
            if (agentEnd >= end || agentEnd - k > 8 || agentEnd == k + 1)
            {
                return null;
            }
            asker = _speakers.FromRange(sentence.Index, new TokenRange(k + 1, SkipTimeBack(tokens, k + 1, agentEnd)));
            k = agentEnd;
        }
        if (k >= end || !IsQuestionWord(tokens[k]))
        {
            return null;
        }
        // A subordinate clause that opens the sentence ends at its comma; elsewhere the question runs to the clause end.
        var opensSentence = tokens.Take(cue.FirstToken).All(t => t.Is("and") || t.Is("but") || IsSubordinator(t));
        var contentEnd = opensSentence ? NextComma(tokens, k, end) : ClauseReader.ContentEndAfter(tokens, k, end);
        if (contentEnd <= k + 1)
        {
            return null;
        }
        return Make(sentence, cue, asker, [Span(tokens, k, contentEnd)]);
    }

    /// <summary>"by a reporter on Thursday": the time at the end belongs to no one.</summary>
    private static int SkipTimeBack(IReadOnlyList<Token> tokens, int start, int end)
    {
        var e = end;
        while (e - 1 > start && (ClauseReader.IsTimeWord(tokens[e - 1]) || tokens[e - 1].Is("on") || tokens[e - 1].Is("last")))
        {
            e--;
        }
        return e;
    }

    private static bool IsQuestionWord(Token token) => token.IsWord && token.Text.ToLowerInvariant() is
        "whether" or "if" or "who" or "whom" or "what" or "why" or "how" or "which" or "when" or "where";

    /// <summary>The subject of the sentence's clause, for a cue that has none of its own (…, saying …): its first name or pronoun before the cue.</summary>
    private Speaker? FirstSubject(Sentence sentence, int before)
    {
        if (_speakerOfSentence.TryGetValue(sentence.Index, out var known))
        {
            return known; // “…,” Graham said, adding, “…”: the speaker already credited in the sentence
        }
        var tokens = _syntax.Tokens[sentence.Index];
        // The clause's subject, after an opening adverbial ("Speaking at a town hall in Salem, Trump …").
        var subject = ClauseReader.SubjectAtStart(tokens, before);
        if (subject is { } range && !InsideQuotation(Span(tokens, range.Start, range.End)))
        {
            return _speakers.FromRange(sentence.Index, range);
        }
        var pronoun = FirstPronoun(tokens, before);
        if (pronoun >= 0 && !InsideQuotation(tokens[pronoun].Span))
        {
            return _speakers.FromRange(sentence.Index, new TokenRange(pronoun, pronoun + 1));
        }
        foreach (var mention in _syntax.MentionsInSentence(sentence.Index))
        {
            if (mention.Span.Start >= tokens[before].Span.Start)
            {
                break;
            }
            if (!InsideQuotation(mention.Span))
            {
                var first = 0;
                while (first < before && tokens[first].Span.Start < mention.Span.Start)
                {
                    first++;
                }
                var last = first;
                while (last < before && tokens[last].Span.End <= mention.ExtentEnd)
                {
                    last++;
                }
                return last > first ? _speakers.FromRange(sentence.Index, new TokenRange(first, last)) : null;
            }
        }
        return null;
    }

    private static int FirstPronoun(IReadOnlyList<Token> tokens, int before)
    {
        for (var k = 0; k < before && k < 4; k++)
        {
            if (tokens[k].IsWord && Lexicons.SubjectPronouns.Contains(tokens[k]))
            {
                return k;
            }
        }
        return -1;
    }

    private static int NextComma(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text == ",")
            {
                return k;
            }
        }
        return end;
    }

    private static bool IsRelativePronoun(Token token) =>
        token.Is("which") || token.Is("that") || token.Is("who") || token.Is("whom") || token.Is("what");

    private Statement? MakeAfter(Sentence sentence, Cue cue, Speaker speaker, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end || ClauseReader.IsAuxiliary(tokens[start]))
        {
            return null; // "which some of them said were unanswered": the cue is inside a relative clause
        }
        var participle = CueAt(_cuesBySentence, sentence.Index, start);
        if (participle is not null && participle.Kind == CueKind.Speech && ClauseReader.IsParticiple(participle))
        {
            // "shot back in a statement, saying he has …": what was said starts after the participle.
            Use(participle);
            start = ClauseReader.ContentStartAfter(tokens, participle, end);
            if (start >= end)
            {
                return null;
            }
        }
        if (start == cue.EndToken && start + 1 < end && IsParticleOfCue(cue, tokens[start]))
        {
            start++; // "railed against the deal", "called on the council to …": the particle belongs to the cue
        }
        var contentEnd = ClauseReader.ContentEndAfter(tokens, start, NextAttributionStart(sentence, tokens, cue, start, end));
        return Make(sentence, cue, speaker, [Span(tokens, start, contentEnd)]);
    }

    /// <summary>
    /// A particle that makes one verb with the cue (joked about, railed against, called on, agreed with). Verbs of saying
    /// and writing keep it in the content: "said of the deal", "wrote about the war".
    /// </summary>
    private static bool IsParticleOfCue(Cue cue, Token next)
    {
        var verb = cue.FirstWord.ToLowerInvariant();
        if (Lexicons.VerbsKeepingParticles.Contains(verb))
        {
            return false;
        }
        return Lexicons.CueParticles.Contains(next)
            || next.Is("with") && verb.StartsWith("agree", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where the content of a cue must end because the rest of the sentence is another attribution or the main clause:
    /// "…, and the U.S. has never accused …", "While Comey said A, he said B" (before the comma and the next subject),
    /// "Ever since she endorsed Mrs. Clinton, Ms. Warren …" (a cue in an opening subordinate clause ends at its comma).
    /// </summary>
    private int NextAttributionStart(Sentence sentence, IReadOnlyList<Token> tokens, Cue cue, int start, int end)
    {
        // ", who had said he would debate the front-runner, criticized …": a relative clause ends at its comma.
        var subjectEnd = ClauseReader.SkipBackOverAdjuncts(tokens, cue.FirstToken - 1);
        if (subjectEnd >= 1 && (tokens[subjectEnd].Is("who") || tokens[subjectEnd].Is("which")) && tokens[subjectEnd - 1].Text == ",")
        {
            for (var j = start + 1; j < end; j++)
            {
                if (tokens[j].Text == "," && !InsideQuotation(tokens[j].Span))
                {
                    return j;
                }
            }
        }
        // A cue inside an opening subordinate clause: its content ends at the clause's comma.
        var k = 0;
        while (k < cue.FirstToken && k < 3 && !Lexicons.Subordinators.Contains(tokens[k]))
        {
            k++;
        }
        if (k < cue.FirstToken && Lexicons.Subordinators.Contains(tokens[k]) && !HasTokenBetween(tokens, k, cue.FirstToken, ","))
        {
            for (var j = start + 1; j < end; j++)
            {
                if (tokens[j].Text == "," && !InsideQuotation(tokens[j].Span))
                {
                    return j;
                }
            }
        }
        foreach (var later in CuesOf(sentence.Index))
        {
            if (later.FirstToken <= start || later.FirstToken >= end || later == cue || InsideQuotation(later.Span) || later.IsAccordingTo || ClauseReader.IsParticiple(later))
            {
                continue;
            }
            var subject = ClauseReader.SubjectBefore(tokens, later.FirstToken);
            if (subject is not { } r || r.Start <= start + 1)
            {
                continue;
            }
            var before = tokens[r.Start - 1];
            if (before.Text is "," or ";" || (before.Is("and") || before.Is("but")) && tokens[r.Start - 2].Text is "," or "—" or "–" or ";")
            {
                return before.Text is "," or ";" ? r.Start - 1 : r.Start - 2;
            }
        }
        return end;
    }

    private static bool HasTokenBetween(IReadOnlyList<Token> tokens, int from, int to, string text)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text == text)
            {
                return true;
            }
        }
        return false;
    }

    private Statement? Make(Sentence sentence, Cue cue, Speaker? speaker, IReadOnlyList<TextSpan> fragments, bool nested = false)
    {
        var spans = new List<TextSpan>();
        foreach (var fragment in fragments)
        {
            var span = Trim(fragment);
            if (!span.IsEmpty)
            {
                spans.Add(span);
            }
        }
        if (spans.Count == 0 || spans.Sum(s => s.Length) < 2 || spans[0].Start < sentence.Span.Start)
        {
            return null;
        }
        // A fragment that ends inside a quotation goes on to its closing mark (the quotation may run over sentences).
        for (var f = 0; f < spans.Count; f++)
        {
            foreach (var q in _syntax.TopLevelQuotationsIn(spans[f]))
            {
                if (q.Span.Start >= spans[f].Start && q.Span.End > spans[f].End && q.Span.Start < spans[f].End)
                {
                    spans[f] = new TextSpan(spans[f].Start, q.Span.End);
                }
            }
        }
        var cover = TextSpan.Cover(spans[0], spans[^1]);
        var inside = _syntax.TopLevelQuotationsIn(cover).Where(q => spans.Any(s => s.Contains(q.ContentCover))).ToList();
        if (!nested && inside.Any(_usedQuotations.Contains))
        {
            return null; // a quotation inside is already credited on its own
        }
        if (nested)
        {
            // The report holds a quotation credited to its speaker: it is not credited a second time (ATTR010 compares speakers).
            inside.RemoveAll(_usedQuotations.Contains);
        }
        foreach (var q in inside)
        {
            _usedQuotations.Add(q);
        }
        Use(cue);
        var kind = inside.Count > 0 ? StatementKind.Partial : StatementKind.Indirect;
        return new Statement(kind, spans, cue, speaker, inside);
    }
}
