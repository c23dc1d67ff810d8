using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>Quotations: who said the words in marks, and which quotations belong together.</summary>
public sealed partial class StatementExtractor
{
    private Statement? AttributeQuotation(Quotation quotation, CuesBySentence cues, List<Quotation> topLevel, int index, Statement? previousDirect, int previousDirectParagraph)
    {
        _usedQuotations.Add(quotation);
        var paragraph = _syntax.ParagraphAt(quotation.Span.Start)!;
        var startSentence = _syntax.SentenceAt(quotation.Span.Start)!;
        var endSentence = _syntax.SentenceAt(quotation.Span.End - 1) ?? startSentence;
        Cue? cue = null;
        var content = new List<TextSpan>(quotation.Content);
        Speaker? speaker = AfterClosingMark(quotation, endSentence, cues, ref cue);
        if (speaker is not null)
        {
            // "Like most campaigns, “the process …,” Strother said.": the words before the quotation belong to what was said.
            var lead = LeadIn(quotation, startSentence, cue);
            if (lead is { } leadStart)
            {
                content[0] = new TextSpan(leadStart, content[0].End);
            }
        }
        else if (IntroducedByCue(quotation, startSentence, cues))
        {
            // "Asked if …, Trump replied, “…”": a cue and a comma or colon right before the mark introduce the quotation.
            speaker = NearBeforeOpeningMark(quotation, startSentence, cues, ref cue);
        }
        if (speaker is null)
        {
            if (IsInsideReportedClause(quotation, startSentence, cues) || HasFreeCueAfter(quotation, endSentence, cues))
            {
                // "Rubio said that by refusing …, Democrats are “saying …”": the reported-speech pass credits the whole clause.
                _usedQuotations.Remove(quotation);
                return null;
            }
            speaker = BeforeOpeningMark(quotation, startSentence, cues, ref cue);
        }
        var quotations = new List<Quotation> { quotation };
        if (speaker is not null && cue is not null && cue.Span.End <= quotation.Span.Start)
        {
            // Trump says “the game is screwed up” because “football has become soft.”: one clause, both quotations.
            JoinLinkedQuotations(topLevel, index, startSentence, content, quotations);
        }

        var startsParagraph = quotation.Span.Start == paragraph.Span.Start;
        if (speaker is null && startsParagraph)
        {
            speaker = DashCredit(quotation) ?? FromPreviousParagraph(paragraph, cues, ref cue) ?? ContinuedQuote(previousDirect, previousDirectParagraph, paragraph, quotation, endSentence);
        }
        if (speaker is not null && cue is not null)
        {
            // “…,” he said. “…”: the next quotation goes on with the same statement.
            // A quotation over several paragraphs goes on in the paragraph where it closes.
            JoinFollowingQuotations(topLevel, index, _syntax.ParagraphAt(quotation.Span.End - 1) ?? paragraph, cues, cue, content, quotations);
        }

        var kind = Classify(quotation, speaker is not null, startSentence, cues);
        if (kind == StatementKind.Partial && speaker is null)
        {
            // A quoted phrase inside reported speech: the reported-speech pass credits it with its clause.
            _usedQuotations.Remove(quotation);
            if (SentenceHasFreeCue(startSentence, cues))
            {
                return null;
            }
            _usedQuotations.Add(quotation);
        }
        var statement = new Statement(kind, content, cue, speaker, quotations);
        if (speaker is not null && startsParagraph)
        {
            var introducer = IntroducingSpeaker(paragraph, cues);
            if (introducer is not null)
            {
                statement = statement with { OtherSpeakers = [introducer] };
            }
        }
        return statement;
    }

    private Speaker? AfterClosingMark(Quotation quotation, Sentence sentence, CuesBySentence cues, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var t = FirstTokenAtOrAfter(tokens, quotation.Span.End);
        if (t >= tokens.Count)
        {
            return AttributionInNextSentence(sentence, cues, ref cue);
        }
        var inner = quotation.Span.End - 1;
        while (inner > quotation.Span.Start && QuoteMarks.IsQuoteMark(_syntax.Text[inner]))
        {
            inner--;
        }
        var closedWithPunctuation = _syntax.Text[inner] is ',' or '?' or '!' or '…' or '.' or '—' or '-';
        if (tokens[t].Text is "," or "—" or "–")
        {
            t++;
            closedWithPunctuation = true;
        }
        var general = AttributionAfter(sentence, tokens, t, cues, ref cue, closedWithPunctuation);
        if (general is not null)
        {
            return general;
        }
        var cueHere = CueAt(cues, sentence.Index, t);
        if (cueHere is not null && ClauseReader.IsParticiple(cueHere))
        {
            return null; // “that person,” telling Fox 35 …: the participle's subject comes before the quotation
        }
        if (cueHere is not null && !cueHere.IsAccordingTo)
        {
            var speaker = _speakers.ReadRight(sentence.Index, t + cueHere.TokenCount, out _);
            if (speaker is not null)
            {
                cue = Use(cueHere);
                return speaker;
            }
        }
        var subject = _speakers.ReadRight(sentence.Index, t, out var end);
        if (subject is null)
        {
            return null;
        }
        var k = end;
        while (k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && k - end < 2 && CueAt(cues, sentence.Index, k) is null && Lexicons.SpeakerAdverbs.Contains(tokens[k]))
        {
            k++;
        }
        var cueAfter = CueAt(cues, sentence.Index, k);
        if (cueAfter is not null && !cueAfter.IsAccordingTo)
        {
            cue = Use(cueAfter);
            return subject;
        }
        if (cueHere is not null && cueHere.IsAccordingTo)
        {
            cue = Use(cueHere);
            return _speakers.ReadRight(sentence.Index, t + cueHere.TokenCount, out _);
        }
        // “…” Russian President Medvedev: a bare name closes the paragraph.
        var paragraph = _syntax.ParagraphAt(quotation.Span.Start)!;
        if (subject.Mention is not null && subject.Kind == SpeakerKind.Name && RestIsPunctuation(paragraph.Span.End, subject.Span.End))
        {
            return subject;
        }
        return null;
    }

    /// <summary>“Have I started writing it?” Sanders replied.: a question or exclamation ends the sentence before its attribution.</summary>
    private Speaker? AttributionInNextSentence(Sentence sentence, CuesBySentence cues, ref Cue? cue)
    {
        if (sentence.Index + 1 >= _syntax.Sentences.Count)
        {
            return null;
        }
        var next = _syntax.Sentences[sentence.Index + 1];
        var last = sentence.Span.End - 1;
        while (last > sentence.Span.Start && QuoteMarks.IsQuoteMark(_syntax.Text[last]))
        {
            last--;
        }
        if (next.Paragraph != sentence.Paragraph || _syntax.Text[last] is not ('?' or '!' or '…' or '.'))
        {
            return null;
        }
        var tokens = _syntax.Tokens[next.Index];
        foreach (var found in cues[next.Index])
        {
            if (_usedCues.Contains(found) || found.FirstToken > 20 || found.IsAccordingTo || found.Kind == CueKind.Belief)
            {
                continue;
            }
            var end = TokenEnd(tokens, ContentEnd(next));
            if (!ClauseReader.OnlyTailFollows(tokens, found.EndToken, end, ClauseReader.IsTelling(found) || found.Kind == CueKind.Object, out var tail) || tail < end && !ContinuesWithCue(tokens, tail + 1) && !IsParticipleAfterComma(tokens, tail, end))
            {
                return null;
            }
            return AttributionAfter(next, tokens, 0, cues, ref cue);
        }
        return null;
    }

    /// <summary>
    /// A turn of an interview or transcript: a paragraph that opens with a short name and a colon ("Lopez: Well, no one …",
    /// "Q: What did you find?"). The rest of the paragraph is what that person said.
    /// </summary>
    private Statement? TranscriptTurn(Paragraph paragraph)
    {
        if (paragraph.SentenceCount == 0)
        {
            return null;
        }
        var sentence = _syntax.Sentences[paragraph.FirstSentence];
        var tokens = _syntax.Tokens[sentence.Index];
        var colon = -1;
        for (var k = 0; k < tokens.Count && k <= 4; k++)
        {
            if (tokens[k].Text == ":")
            {
                colon = k;
                break;
            }
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "." && k > 0))
            {
                return null;
            }
        }
        if (colon < 1 || colon + 1 >= tokens.Count || Lexicons.Labels.Contains(tokens[0]) || _syntax.Text[tokens[colon].Span.End] is not ' '
            || tokens[colon + 1].Kind == TokenKind.QuoteMark || InsideQuotation(tokens[0].Span))
        {
            return null;
        }
        // A name or a speaker tag (Q, A) — not a heading in capitals ("STAT OF THE WEEK:"), a label or a list item ("Rubio: Finish second.").
        for (var k = 0; k < colon; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text.Length > 1 && tokens[k].Text.All(char.IsUpper) || Lexicons.Labels.Contains(tokens[k]))
            {
                return null;
            }
        }
        var words = 0;
        for (var k = colon + 1; k < tokens.Count && words < 6; k++)
        {
            words += tokens[k].IsWord ? 1 : 0;
        }
        if (words < 6 && !(colon == 1 && tokens[0].Text is "Q" or "A"))
        {
            return null;
        }
        var speaker = _speakers.FromRange(sentence.Index, new TokenRange(0, colon));
        if (speaker is null)
        {
            return null;
        }
        var content = Trim(new TextSpan(tokens[colon + 1].Span.Start, paragraph.Span.End));
        var cue = new Cue(tokens[colon].Span, ":", sentence.Index, colon, 1);
        var inside = _syntax.TopLevelQuotationsIn(content).Where(q => content.Contains(q.Span) && !_usedQuotations.Contains(q)).ToList();
        return new Statement(inside.Count > 0 ? StatementKind.Partial : StatementKind.Indirect, [content], cue, speaker, inside);
    }

    /// <summary>“…,” one user wrote / “…,” said Cuban, who …: a cue a few words after the closing mark, its subject right after the mark.</summary>
    private Speaker? AttributionAfter(Sentence sentence, IReadOnlyList<Token> tokens, int t, CuesBySentence cues, ref Cue? cue, bool afterPunctuation = true)
    {
        if (!afterPunctuation)
        {
            return null; // the holding company “Russian Helicopters” confirmed …: a name in marks, not a quotation closed by its attribution
        }
        foreach (var found in cues[sentence.Index])
        {
            if (found.FirstToken < t || _usedCues.Contains(found) || found.IsAccordingTo || found.Kind == CueKind.Belief || ClauseReader.IsParticiple(found))
            {
                continue;
            }
            if (found.FirstToken - t > 25)
            {
                break;
            }
            if (found.FirstToken == t)
            {
                var after = ClauseReader.SubjectAfter(tokens, found.EndToken, tokens.Count);
                if (after is { } a && !EndsWithSource(tokens, a.End, TokenEnd(tokens, ContentEnd(sentence))))
                {
                    return null; // “sociopath,” said he doesn't believe …: no inverted attribution
                }
                var inverted = after is null ? null : _speakers.FromRange(sentence.Index, after.Value);
                if (inverted is not null)
                {
                    cue = Use(found);
                }
                return inverted;
            }
            var range = ClauseReader.SubjectBefore(tokens, found.FirstToken);
            if (range is null || range.Value.Start != t)
            {
                return null;
            }
            var speaker = _speakers.FromRange(sentence.Index, range.Value);
            if (speaker is not null)
            {
                cue = Use(found);
            }
            return speaker;
        }
        return AnyVerbAfter(sentence, tokens, t, ref cue);
    }

    /// <summary>
    /// “OK, for a start, …,” Oliver barked. / “…,” an angry Hollande retaliated.: right after a quotation closed by its
    /// punctuation, a short subject and any past-tense verb that ends the sentence attribute it, whether or not the verb is a cue.
    /// </summary>
    private Speaker? AnyVerbAfter(Sentence sentence, IReadOnlyList<Token> tokens, int t, ref Cue? cue)
    {
        for (var j = t + 1; j < tokens.Count && j - t <= 8; j++)
        {
            var verb = tokens[j];
            if (!verb.IsWord || verb.IsCapitalized || ClauseReader.IsAuxiliary(verb) || ClauseReader.IsPreposition(verb))
            {
                continue;
            }
            if (!IsRegularPast(verb))
            {
                continue; // an adjective of the subject (an angry Hollande)
            }
            var end = TokenEnd(tokens, ContentEnd(sentence));
            if (!ClauseReader.OnlyTailFollows(tokens, j + 1, end, telling: false, out var tail) || tail < end && !ContinuesWithCue(tokens, tail + 1))
            {
                return null;
            }
            var range = ClauseReader.SubjectBefore(tokens, j);
            if (range is null || range.Value.Start != t || range.Value.End != j)
            {
                return null;
            }
            var speaker = _speakers.FromRange(sentence.Index, range.Value);
            if (speaker is not null)
            {
                cue = new Cue(verb.Span, verb.Text, sentence.Index, j, 1);
            }
            return speaker;
        }
        return null;
    }

    /// <summary>Where the words of the writer's before a quotation start, when they open the sentence the attribution closes.</summary>
    private int? LeadIn(Quotation quotation, Sentence sentence, Cue? cue)
    {
        if (cue is null || cue.Sentence != sentence.Index || quotation.Span.Start <= sentence.Span.Start)
        {
            return null;
        }
        if (_syntax.TopLevelQuotationsIn(new TextSpan(sentence.Span.Start, quotation.Span.Start)).Any(q => q != quotation))
        {
            return null;
        }
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        for (var k = 0; k < open; k++)
        {
            if (Lexicons.CueWords.Contains(tokens[k]) && char.IsLower(tokens[k].Text[0]) || tokens[k].Text is ":" or ";")
            {
                return null;
            }
        }
        var first = ClauseReader.AfterDateline(tokens);
        return open <= first ? null : tokens[first].Span.Start;
    }

    /// <summary>“…” and against the gun law, Clinton said.: a cue later in the sentence credits the quotation with the clause around it.</summary>
    private bool HasFreeCueAfter(Quotation quotation, Sentence sentence, CuesBySentence cues)
    {
        foreach (var found in cues[sentence.Index])
        {
            if (found.Span.Start >= quotation.Span.End && !_usedCues.Contains(found) && !InsideQuotation(found.Span) && found.Kind == CueKind.Speech && !ClauseReader.IsParticiple(found))
            {
                var tokens = _syntax.Tokens[sentence.Index];
                var end = TokenEnd(tokens, ContentEnd(sentence));
                if (ClauseReader.OnlyTailFollows(tokens, found.EndToken, end, ClauseReader.IsTelling(found), out _))
                {
                    return true;
                }
                // "“…” about the schools, said Marla Kilfoyle, a teacher.": an inverted source ends the sentence.
                var after = ClauseReader.SubjectAfter(tokens, found.EndToken, end);
                return after is { } source && EndsWithSource(tokens, source.End, end);
            }
        }
        return false;
    }

    /// <summary>A verb of saying, then a comma or a colon, right before the opening mark: "Bolton said, “…”".</summary>
    private bool IntroducedByCue(Quotation quotation, Sentence sentence, CuesBySentence cues)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        if (open < 2 || tokens[open - 1].Text is not ("," or ":"))
        {
            return false;
        }
        var cue = CueEndingAt(cues, sentence.Index, open - 2);
        return cue is not null && !_usedCues.Contains(cue) && !cue.IsAccordingTo && cue.Kind == CueKind.Speech && !ClauseReader.IsParticiple(cue);
    }

    /// <summary>A quotation that stands inside the content of a cue before it, after other words of that content.</summary>
    private bool IsInsideReportedClause(Quotation quotation, Sentence sentence, CuesBySentence cues)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        foreach (var found in cues[sentence.Index])
        {
            if (found.EndToken > open || _usedCues.Contains(found) || InsideQuotation(found.Span))
            {
                continue;
            }
            var start = ClauseReader.ContentStartAfter(tokens, found, tokens.Count);
            var words = 0;
            for (var k = start; k < open; k++)
            {
                if (tokens[k].IsWord && !tokens[k].Is("that") || tokens[k].Kind == TokenKind.Number)
                {
                    words++;
                }
            }
            if (words > 0 || start < open && tokens[start].Is("that"))
            {
                return true;
            }
        }
        return false;
    }

    private Speaker? BeforeOpeningMark(Quotation quotation, Sentence sentence, CuesBySentence cues, ref Cue? cue) =>
        NearBeforeOpeningMark(quotation, sentence, cues, ref cue) ?? CueIntroducing(quotation, sentence, cues, ref cue) ?? VerbBeforeColon(quotation, sentence, ref cue) ?? PutItBeforeMark(quotation, sentence, ref cue) ?? StatementBeforeColon(quotation, sentence, ref cue) ?? NameBeforeColon(quotation, sentence);

    /// <summary>"As John Cornyn, the No. 2 in the leadership, put it: “…”": "put it" is a cue only right before the quotation.</summary>
    private Speaker? PutItBeforeMark(Quotation quotation, Sentence sentence, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        if (open < 4 || tokens[open - 1].Text is not (":" or ",") || !tokens[open - 2].Is("it") || !(tokens[open - 3].Is("put") || tokens[open - 3].Is("puts")))
        {
            return null;
        }
        var verb = open - 3;
        var range = ExtendToMention(sentence, tokens, ClauseReader.SubjectBefore(tokens, verb));
        var speaker = range is { } r ? _speakers.FromRange(sentence.Index, r) : null;
        if (speaker is not null)
        {
            cue = new Cue(new TextSpan(tokens[verb].Span.Start, tokens[verb + 1].Span.End), "put it", sentence.Index, verb, 2);
        }
        return speaker;
    }

    /// <summary>"The campaign posted this tweet: “…”": a statement put out, and a colon before the quotation.</summary>
    private Speaker? StatementBeforeColon(Quotation quotation, Sentence sentence, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        return open >= 1 && tokens[open - 1].Text == ":" ? StatementPutOutBefore(sentence, open - 1, ref cue) : null;
    }

    /// <summary>
    /// "President Clinton released the following statement:", "The campaign posted this tweet:": a past verb whose
    /// object is something put out in writing or on air (statement-nouns.txt), then the colon that introduces the
    /// quotation. The verb's subject is the speaker.
    /// </summary>
    private Speaker? StatementPutOutBefore(Sentence sentence, int colon, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var noun = colon - 1;
        if (noun < 2 || !tokens[noun].IsWord || tokens[noun].IsCapitalized || !Lexicons.StatementNouns.Contains(tokens[noun]))
        {
            return null;
        }
        // A determiner and a modifier or two between the verb and its object: the following, a brief written.
        var verb = noun - 1;
        for (var between = 0; verb > 0 && between < 3 && !IsPastVerb(tokens[verb]); between++)
        {
            if (!tokens[verb].IsWord || tokens[verb].IsCapitalized)
            {
                return null;
            }
            verb--;
        }
        if (!IsPastVerb(tokens[verb]) || ClauseReader.SubjectBefore(tokens, verb) is not { } subject || _speakers.FromRange(sentence.Index, subject) is not { } speaker)
        {
            return null;
        }
        var span = new TextSpan(tokens[verb].Span.Start, tokens[noun].Span.End);
        cue = new Cue(span, _syntax.Text[span.Start..span.End], sentence.Index, verb, noun - verb + 1);
        return speaker;
    }

    private static bool IsPastVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && (IsRegularPast(token) || Lexicons.IrregularPastVerbs.Contains(token));

    /// <summary>A word of five letters or more in -ed: a past tense or participle (boomed, released), not "red" or "bed".</summary>
    private static bool IsRegularPast(Token token) => token.Text.Length >= 5 && token.Text.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Trump leaned in and boomed: “Let’s defeat her.”": any past verb and a colon before the quotation.</summary>
    private Speaker? VerbBeforeColon(Quotation quotation, Sentence sentence, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        if (open < 3 || tokens[open - 1].Text != ":")
        {
            return null;
        }
        var verb = tokens[open - 2];
        if (!verb.IsWord || verb.IsCapitalized || !IsRegularPast(verb))
        {
            return null;
        }
        var previous = tokens[open - 3];
        var speaker = previous.Is("and") ? FirstSubject(sentence, open - 2)
            : ClauseReader.SubjectBefore(tokens, open - 2) is { } range ? _speakers.FromRange(sentence.Index, range) : null;
        if (speaker is not null)
        {
            cue = new Cue(verb.Span, verb.Text, sentence.Index, open - 2, 1);
        }
        return speaker;
    }

    /// <summary>"lamented in an interview with the editor Oliver Darcy, “…”": a cue further back whose content starts at the quotation.</summary>
    private Speaker? CueIntroducing(Quotation quotation, Sentence sentence, CuesBySentence cues, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        Cue? nearest = null;
        foreach (var found in cues[sentence.Index])
        {
            if (found.EndToken <= open && !_usedCues.Contains(found) && !InsideQuotation(found.Span) && !found.IsAccordingTo && found.Kind != CueKind.Raising)
            {
                nearest = found;
            }
        }
        if (nearest is null || ClauseReader.ContentStartAfter(tokens, nearest, tokens.Count) != open)
        {
            return null;
        }
        Speaker? speaker;
        if (ClauseReader.IsParticiple(nearest))
        {
            speaker = FirstSubject(sentence, nearest.FirstToken);
        }
        else
        {
            var range = ExtendToMention(sentence, tokens, ClauseReader.SubjectBefore(tokens, nearest.FirstToken));
            speaker = range is { } r ? _speakers.FromRange(sentence.Index, r) : null;
            if (speaker is null && nearest.FirstToken > 0 && tokens[nearest.FirstToken - 1].Is("to"))
            {
                speaker = FirstSubject(sentence, nearest.FirstToken); // "went so far as to say: “…”"
            }
        }
        if (speaker is not null)
        {
            cue = Use(nearest);
        }
        return speaker;
    }

    /// <summary>"Pew Research: “All the samples …”": a name that opens the sentence (or follows a dash) and a colon before the quotation.</summary>
    private Speaker? NameBeforeColon(Quotation quotation, Sentence sentence)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        if (open < 2 || tokens[open - 1].Text != ":")
        {
            return null;
        }
        var range = ClauseReader.NounPhraseBefore(tokens, open - 2, 0);
        if (range is not { } r || !(r.Start == 0 || tokens[r.Start - 1].Text is "-" or "—" or "–") || r.Length > 6 || !tokens[r.Start].IsCapitalized)
        {
            return null;
        }
        var speaker = _speakers.FromRange(sentence.Index, r);
        return speaker?.Mention is not null || speaker is not null && Enumerable.Range(r.Start, r.Length).All(k => !tokens[k].IsWord || tokens[k].IsCapitalized) ? speaker : null;
    }

    private Speaker? NearBeforeOpeningMark(Quotation quotation, Sentence sentence, CuesBySentence cues, ref Cue? cue)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        var open = FirstTokenAtOrAfter(tokens, quotation.Span.Start);
        // Walk back over ':' ',' 'that' and an object of told/asked to the cue.
        var k = open - 1;
        if (k >= 0 && tokens[k].Text is ":" or ",")
        {
            k--;
        }
        if (k >= 0 && tokens[k].Is("that"))
        {
            k--;
        }
        for (var back = 0; back < 6 && k >= 0; back++, k--)
        {
            var found = CueEndingAt(cues, sentence.Index, k);
            if (found is null)
            {
                if (tokens[k].Text is "." or ";" or "”" or "“")
                {
                    break;
                }
                continue;
            }
            if (_usedCues.Contains(found))
            {
                break;
            }
            Speaker? speaker;
            if (found.IsAccordingTo)
            {
                speaker = _speakers.ReadRight(sentence.Index, found.FirstToken + found.TokenCount, out _);
            }
            else if (ClauseReader.IsParticiple(found))
            {
                // "she released a statement saying, “…”": the subject of the clause.
                speaker = FirstSubject(sentence, found.FirstToken);
            }
            else
            {
                var range = ExtendToMention(sentence, tokens, ClauseReader.SubjectBefore(tokens, found.FirstToken));
                speaker = range is { } r ? _speakers.FromRange(sentence.Index, r) : null;
                if (speaker is null && found.FirstToken > 0 && (tokens[found.FirstToken - 1].Is("to") || IsSecondVerb(tokens, found.FirstToken)))
                {
                    // "went so far as to say: “…”", "adopted a Southern accent and joked, “…”"
                    speaker = FirstSubject(sentence, found.FirstToken);
                }
                speaker ??= _speakers.ReadLeft(sentence.Index, found.FirstToken - 1, out _);
                if (speaker is null && back == 0)
                {
                    // "said Caddell:" — the speaker after the cue.
                    speaker = _speakers.ReadRight(sentence.Index, found.FirstToken + found.TokenCount, out _);
                }
            }
            if (speaker is not null)
            {
                cue = Use(found);
                return speaker;
            }
            break;
        }
        return null;
    }

    /// <summary>A verb after "and" (or "and then"), which shares the subject of the clause.</summary>
    private static bool IsSecondVerb(IReadOnlyList<Token> tokens, int verb) =>
        verb > 0 && tokens[verb - 1].Is("and") || verb > 1 && tokens[verb - 1].Is("then") && tokens[verb - 2].Is("and");

    /// <summary>
    /// “The most unqualified child to ever run for president.” ― Francisco Herrero: a paragraph that is a quotation and,
    /// after a dash, only a short name (a pull quote, a reader's comment, an epigraph), or a quotation paragraph followed
    /// by a paragraph that is only a dash and a name; a comma and a description may follow the name.
    /// </summary>
    private Speaker? DashCredit(Quotation quotation)
    {
        var text = _syntax.Text;
        var paragraph = _syntax.ParagraphAt(quotation.Span.End - 1)!;
        var dash = quotation.Span.End;
        while (dash < paragraph.Span.End && (char.IsWhiteSpace(text[dash]) || text[dash] == '.'))
        {
            dash++;
        }
        if (dash >= paragraph.Span.End && paragraph.Index + 1 < _syntax.Paragraphs.Count)
        {
            // The credit may stand as a paragraph of its own: “…” ¶ - Bernie Sanders.
            paragraph = _syntax.Paragraphs[paragraph.Index + 1];
            dash = paragraph.Span.Start;
        }
        if (dash >= paragraph.Span.End || text[dash] is not ('—' or '―' or '–' or '-'))
        {
            return null;
        }
        var sentence = _syntax.SentenceAt(dash);
        if (sentence is null || sentence.Span.End < paragraph.Span.End && !RestIsPunctuation(paragraph.Span.End, sentence.Span.End))
        {
            return null;
        }
        var tokens = _syntax.Tokens[sentence.Index];
        var start = FirstTokenAtOrAfter(tokens, dash + 1);
        var end = TokenEnd(tokens, paragraph.Span.End);
        while (end > start && !tokens[end - 1].IsWord)
        {
            end--;
        }
        // A description may follow the name after a comma: "- President Obama, tweeting after the speech".
        var nameEnd = start;
        while (nameEnd < end && tokens[nameEnd].Text != ",")
        {
            nameEnd++;
        }
        if (nameEnd < end && !OnlyDescribes(tokens, nameEnd + 1, end))
        {
            return null;
        }
        var name = new TokenRange(start, nameEnd);
        if (name.IsEmpty || name.Length > 6)
        {
            return null;
        }
        for (var k = start; k < nameEnd; k++)
        {
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "." && k > start))
            {
                return null;
            }
        }
        return _speakers.FromRange(sentence.Index, name);
    }

    /// <summary>
    /// The words after a credit's name describe the person or the occasion ("a senator from Ohio", "in a statement",
    /// "tweeting after the speech"): no quotation and no verb of saying but a participle, so no statement of their own.
    /// </summary>
    private static bool OnlyDescribes(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark || Lexicons.CueWords.Contains(tokens[k]) && !tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Caddell continued:" at the end of the paragraph before.</summary>
    private Speaker? FromPreviousParagraph(Paragraph paragraph, CuesBySentence cues, ref Cue? cue)
    {
        if (paragraph.Index == 0)
        {
            return null;
        }
        var previous = _syntax.Paragraphs[paragraph.Index - 1];
        if (_syntax.Text[previous.Span.End - 1] != ':')
        {
            return null;
        }
        var sentence = _syntax.Sentences[previous.FirstSentence + previous.SentenceCount - 1];
        var tokens = _syntax.Tokens[sentence.Index];
        var found = CueEndingAt(cues, sentence.Index, tokens.Count - 2) ?? cues[sentence.Index].LastOrDefault(c => !_usedCues.Contains(c));
        if (found is null && tokens.Count > 0 && tokens[^1].Text == ":")
        {
            return StatementPutOutBefore(sentence, tokens.Count - 1, ref cue);
        }
        if (found is null || _usedCues.Contains(found))
        {
            return null;
        }
        var speaker = _speakers.ReadLeft(sentence.Index, found.FirstToken - 1, out _);
        if (speaker is not null)
        {
            cue = Use(found);
        }
        return speaker;
    }

    /// <summary>A paragraph that is only a quotation, right after a quotation credited to someone, goes on with the same speaker.</summary>
    private Speaker? ContinuedQuote(Statement? previous, int previousParagraph, Paragraph paragraph, Quotation quotation, Sentence sentence)
    {
        if (previous?.Speaker is null || previousParagraph != paragraph.Index - 1)
        {
            return null;
        }
        // “…” about the schools, said Kilfoyle.: the writer's words go on, so the quotation is no continuation.
        return RestIsPunctuation(sentence.Span.End, quotation.Span.End) ? previous.Speaker : null;
    }

    /// <summary>"In June, the Russian Prime Minister expressed solidarity." before a paragraph that is the quote.</summary>
    private Speaker? IntroducingSpeaker(Paragraph paragraph, CuesBySentence cues)
    {
        if (paragraph.Index == 0)
        {
            return null;
        }
        var previous = _syntax.Paragraphs[paragraph.Index - 1];
        var sentence = _syntax.Sentences[previous.FirstSentence + previous.SentenceCount - 1];
        if (_syntax.TopLevelQuotationsIn(sentence.Span).Any())
        {
            return null;
        }
        foreach (var found in cues[sentence.Index])
        {
            if (_usedCues.Contains(found) || found.IsAccordingTo)
            {
                continue;
            }
            var speaker = _speakers.ReadLeft(sentence.Index, found.FirstToken - 1, out _);
            if (speaker?.Mention is not null)
            {
                // The cue stays free: what the paragraph before reports is a statement of its own.
                return speaker;
            }
        }
        return null;
    }

    private void JoinFollowingQuotations(List<Quotation> topLevel, int index, Paragraph paragraph, CuesBySentence cues, Cue cue, List<TextSpan> content, List<Quotation> quotations)
    {
        var lastEnd = quotations[^1].Span.End;
        for (var next = index + 1; next < topLevel.Count; next++)
        {
            var candidate = topLevel[next];
            if (!paragraph.Span.Contains(candidate.Span.Start) || _usedQuotations.Contains(candidate))
            {
                return;
            }
            if (candidate.Span.Start < lastEnd)
            {
                // Unbalanced marks can leave quotations that overlap: only one that starts after the last is joined.
                return;
            }
            var sentence = _syntax.SentenceAt(candidate.Span.Start)!;
            var previousEnd = quotations[^1].Span.End;
            var between = _syntax.Text[lastEnd..candidate.Span.Start];
            // Only the attribution stands between the two parts, and the second part opens its sentence.
            var opensSentence = sentence.Span.Start == candidate.Span.Start;
            // “Word is,” Trump said, “that Ford …”: the second part goes on in the attribution's sentence.
            var continuesAttribution = sentence.Index == cue.Sentence && cue.Span.Start >= previousEnd && cue.Span.End <= candidate.Span.Start
                && candidate.Span.Start - cue.Span.End < 100 && !HasFreeCueBetween(sentence, cues, cue.Span.End, candidate.Span.Start)
                && _syntax.Text.AsSpan(previousEnd, candidate.Span.Start - previousEnd).TrimEnd().EndsWith(",");
            if (!opensSentence && !continuesAttribution)
            {
                if (sentence.Index == cue.Sentence)
                {
                    // A quoted phrase in the rest of the attribution's sentence (…, describing how she puts together “tubular mixers”).
                    lastEnd = candidate.Span.End;
                    continue;
                }
                return;
            }
            if (candidate.Span.Start - previousEnd > 400 || between.Length > 300 || between.Contains('“') || opensSentence && HasFreeCueOutsideQuotes(sentence, cues))
            {
                return;
            }
            if (candidate.RunsOverParagraphs && HasOwnAttributionAfter(candidate, cues))
            {
                // “…,” he said. “… ⏎ “…,” he said.: the paragraph that closes the quotation has its own attribution.
                var (goesOn, closing) = SplitAtLastParagraph(candidate);
                topLevel[next] = goesOn;
                topLevel.Insert(next + 1, closing);
                candidate = goesOn;
            }
            _usedQuotations.Add(candidate);
            content.AddRange(candidate.Content);
            quotations.Add(candidate);
            lastEnd = candidate.Span.End;
        }
    }

    private void JoinLinkedQuotations(List<Quotation> topLevel, int index, Sentence sentence, List<TextSpan> content, List<Quotation> quotations)
    {
        for (var next = index + 1; next < topLevel.Count; next++)
        {
            var candidate = topLevel[next];
            if (!sentence.Span.Contains(candidate.Span.Start) || _usedQuotations.Contains(candidate) || candidate.RunsOverParagraphs
                || candidate.Span.Start < quotations[^1].Span.End)
            {
                return;
            }
            var link = _syntax.Text[quotations[^1].Span.End..candidate.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (link.Length is 0 or > 2 || !link.All(w => w.All(char.IsLower)) || link.Any(w => Lexicons.CueWords.Contains(w)))
            {
                return;
            }
            _usedQuotations.Add(candidate);
            content[^1] = new TextSpan(content[^1].Start, candidate.Content[^1].End);
            quotations.Add(candidate);
        }
    }

    /// <summary>A cue right after the closing mark, in the sentence where the quotation closes.</summary>
    private bool HasOwnAttributionAfter(Quotation quotation, CuesBySentence cues)
    {
        var sentence = _syntax.SentenceAt(quotation.Span.End - 1);
        return sentence is not null && cues[sentence.Index].Any(c =>
            c.Span.Start >= quotation.Span.End && c.Span.Start - quotation.Span.End <= 40 && !_usedCues.Contains(c));
    }

    private (Quotation GoesOn, Quotation Closing) SplitAtLastParagraph(Quotation quotation)
    {
        var last = quotation.Content[^1];
        var beforeLast = quotation.Content[^2];
        // The closing paragraph opens with its reopening mark.
        var reopening = _syntax.ParagraphAt(last.Start)!.Span.Start;
        var goesOn = quotation with { Span = new TextSpan(quotation.Span.Start, beforeLast.End), Content = quotation.Content.Take(quotation.Content.Count - 1).ToList() };
        var closing = quotation with { Span = new TextSpan(reopening, quotation.Span.End), Content = [last] };
        return (goesOn, closing);
    }

    /// <summary>
    /// A cue that is not used yet between two offsets of a sentence. A participle that is no verb of saying ("said Berg,
    /// speaking of the council, “…”") describes the speaker and does not count; "adding, “…”" starts another statement.
    /// </summary>
    private bool HasFreeCueBetween(Sentence sentence, CuesBySentence cues, int start, int end)
    {
        var tokens = _syntax.Tokens[sentence.Index];
        return cues[sentence.Index].Any(c => c.Span.Start >= start && c.Span.End <= end && !_usedCues.Contains(c) && !InsideQuotation(c.Span)
            && !(c.Kind != CueKind.Speech && tokens[c.FirstToken].Text.EndsWith("ing", StringComparison.Ordinal)));
    }

    private StatementKind Classify(Quotation quotation, bool hasSpeaker, Sentence sentence, CuesBySentence cues)
    {
        if (quotation.Marking == QuotationMarking.BlockElement)
        {
            return StatementKind.Block;
        }
        var words = CountWords(quotation);
        var standsAlone = StandsAsSentence(quotation, sentence);
        if (hasSpeaker)
        {
            return standsAlone || words > 6 && LooksLikeSentence(quotation) ? StatementKind.Direct : StatementKind.Partial;
        }
        if (FillsItsParagraph(quotation) && LooksLikeSentence(quotation) && EndsLikeSentence(quotation))
        {
            // A paragraph that is one quoted sentence, however short, is someone's words: “Power to the people!”
            return StatementKind.Direct;
        }
        if (words <= ScareMaxWords && !SentenceHasFreeCue(sentence, cues))
        {
            return StatementKind.Scare;
        }
        return standsAlone && LooksLikeSentence(quotation) && words >= 5 ? StatementKind.Direct : StatementKind.Partial;
    }

    /// <summary>
    /// “Sunday Morning Futures” after "on Fox News channel's": a title in capitals after a possessive or a word that
    /// names a work is no quotation of anybody's.
    /// </summary>
    private bool IsTitle(Quotation quotation)
    {
        if (quotation.RunsOverParagraphs || quotation.Marking != QuotationMarking.DoubleMarks)
        {
            return false;
        }
        var content = _syntax.Text.AsSpan(quotation.Content[0].Start, quotation.Content[0].Length).Trim().TrimEnd(",.");
        var count = 0;
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++count > 8 || count == 1 && !char.IsUpper(word[0])
                || char.IsLetter(word[0]) && !char.IsUpper(word[0]) && !Lexicons.TitleMinorWords.Contains(word))
            {
                return false;
            }
        }
        if (count == 0)
        {
            return false;
        }
        var sentence = _syntax.SentenceAt(quotation.Span.Start)!;
        var tokens = _syntax.Tokens[sentence.Index];
        var t = FirstTokenAtOrAfter(tokens, quotation.Span.Start) - 1;
        return t >= 0 && (tokens[t].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[t].Text.EndsWith("’s", StringComparison.Ordinal)
            || Lexicons.TitleIntroducers.Contains(tokens[t]));
    }

    /// <summary>The quotation opens its sentence or follows a colon, so it is not a phrase of the writer's.</summary>
    private bool StandsAsSentence(Quotation quotation, Sentence sentence)
    {
        if (quotation.Span.Start == sentence.Span.Start)
        {
            return true;
        }
        var before = _syntax.Text[sentence.Span.Start..quotation.Span.Start].TrimEnd();
        return before.EndsWith(':') || before.EndsWith(',') && LooksLikeSentence(quotation);
    }

    private bool LooksLikeSentence(Quotation quotation)
    {
        var first = quotation.Content[0];
        var firstChar = _syntax.Text[first.Start];
        return char.IsUpper(firstChar) || firstChar is '…' or '.' || char.IsDigit(firstChar);
    }

    /// <summary>True when the quotation is all its paragraph holds, apart from white space.</summary>
    private bool FillsItsParagraph(Quotation quotation)
    {
        var paragraph = _syntax.ParagraphAt(quotation.Span.Start);
        return paragraph is not null && paragraph.Span.Contains(new TextSpan(quotation.Span.Start, quotation.Span.End))
            && _syntax.Text.AsSpan(paragraph.Span.Start, quotation.Span.Start - paragraph.Span.Start).IsWhiteSpace()
            && _syntax.Text.AsSpan(quotation.Span.End, paragraph.Span.End - quotation.Span.End).IsWhiteSpace();
    }

    /// <summary>True when the quoted words end as a sentence does, with a full stop, a question or an exclamation mark.</summary>
    private bool EndsLikeSentence(Quotation quotation)
    {
        var words = _syntax.Text.AsSpan(quotation.Content[^1].Start, quotation.Content[^1].Length).TrimEnd();
        return words.Length > 0 && words[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>The runs of characters between white space in the quoted words.</summary>
    private int CountWords(Quotation quotation)
    {
        var count = 0;
        foreach (var span in quotation.Content)
        {
            var afterSpace = true;
            foreach (var c in _syntax.Text.AsSpan(span.Start, span.Length))
            {
                var space = char.IsWhiteSpace(c);
                count += afterSpace && !space ? 1 : 0;
                afterSpace = space;
            }
        }
        return count;
    }

    private bool SentenceHasFreeCue(Sentence sentence, CuesBySentence cues) =>
        cues[sentence.Index].Any(c => !_usedCues.Contains(c) && !InsideQuotation(c.Span));

    private bool HasFreeCueOutsideQuotes(Sentence sentence, CuesBySentence cues) => SentenceHasFreeCue(sentence, cues);
}
