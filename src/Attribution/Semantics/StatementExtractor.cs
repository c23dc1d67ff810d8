using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>
/// Finds who said what, in three passes over the document (each linear in its length; every cue and quotation is used
/// once). Quotations first (<c>StatementExtractor.Quotations.cs</c>): the attribution after the closing mark (“…,” said X /
/// “…,” X said / a question closed before "X asked."), a cue before the opening mark whose content starts with it, a name
/// and colon, the speaker of the paragraph before; a quotation broken by its attribution is one statement, and a quotation
/// inside the clause of a cue is left to reported speech. Then transcript turns (Q: …). Then reported speech around the
/// remaining cues (<c>StatementExtractor.ReportedSpeech.cs</c>, with <see cref="ClauseReader"/>): X said (that) …,
/// …, X said, A, X said, B, according to X, participles and second verbs of the same subject, beliefs, requests and
/// raising verbs. Quotations no one is credited with are kept as statements with no speaker.
/// </summary>
public sealed partial class StatementExtractor
{
    private const int ScareMaxWords = 4;

    private readonly SyntaxTree _syntax;

    private readonly SpeakerReader _speakers;

    private readonly HashSet<Cue> _usedCues = new(ReferenceEqualityComparer.Instance);

    private readonly HashSet<Quotation> _usedQuotations = new(ReferenceEqualityComparer.Instance);

    private readonly CuesBySentence _cuesBySentence;

    /// <summary>The speaker last credited in each sentence, for a participle or a second verb with no subject of its own.</summary>
    private readonly Dictionary<int, Speaker> _speakerOfSentence = [];

    private ArraySegment<Cue> CuesOf(int sentence) => _cuesBySentence[sentence];

    private StatementExtractor(SyntaxTree syntax)
    {
        _syntax = syntax;
        _cuesBySentence = new CuesBySentence(syntax);
        _speakers = new SpeakerReader(syntax);
    }

    public static List<Statement> Extract(SyntaxTree syntax) => new StatementExtractor(syntax).Run();

    private List<Statement> Run()
    {
        var statements = new List<Statement>();
        var cuesBySentence = _cuesBySentence;
        // The headline holds no statements: its quotations and cues are left out.
        var document = _syntax.Document;
        var topLevel = _syntax.Quotations.Where(q => q.Depth == 0 && !document.IsInHeadline(q.Span)).ToList();
        Statement? previousDirect = null;
        var previousDirectParagraph = -1;
        for (var q = 0; q < topLevel.Count; q++)
        {
            var quotation = topLevel[q];
            if (_usedQuotations.Contains(quotation))
            {
                continue;
            }
            if (IsTitle(quotation))
            {
                _usedQuotations.Add(quotation);
                statements.Add(new Statement(StatementKind.Title, quotation.Content, null, null, [quotation]));
                continue;
            }
            var statement = AttributeQuotation(quotation, cuesBySentence, topLevel, q, previousDirect, previousDirectParagraph);
            if (statement is null)
            {
                continue;
            }
            statements.Add(statement);
            if (statement.Speaker is not null && statement.Cue is not null)
            {
                _speakerOfSentence[statement.Cue.Sentence] = statement.Speaker;
            }
            if (statement.Kind is StatementKind.Direct or StatementKind.Block && statement.Speaker is not null)
            {
                previousDirect = statement;
                previousDirectParagraph = _syntax.ParagraphAt(statement.Content[^1].Start)?.Index ?? -1;
            }
        }
        var speakerOfSentence = _speakerOfSentence;
        // Transcript turns count only where the text is a transcript: two turns or more ("Mumbai: A cargo plane …" is a dateline).
        var turns = _syntax.Paragraphs.Where(p => !document.IsInHeadline(p.Span)).Select(TranscriptTurn).OfType<Statement>().ToList();
        if (turns.Count >= 2)
        {
            statements.AddRange(turns);
        }
        foreach (var sentence in _syntax.Sentences)
        {
            if (document.IsInHeadline(sentence.Span))
            {
                continue;
            }
            foreach (var cue in cuesBySentence[sentence.Index])
            {
                if (_usedCues.Contains(cue) || InsideQuotation(cue.Span))
                {
                    continue;
                }
                var statement = ReportedSpeech(sentence, cue, speakerOfSentence.GetValueOrDefault(sentence.Index));
                if (statement is not null)
                {
                    statements.Add(statement);
                    if (statement.Speaker is not null)
                    {
                        speakerOfSentence[sentence.Index] = statement.Speaker;
                    }
                }
            }
        }
        foreach (var quotation in topLevel)
        {
            if (!_usedQuotations.Contains(quotation))
            {
                var sentence = _syntax.SentenceAt(quotation.Span.Start)!;
                statements.Add(new Statement(Classify(quotation, hasSpeaker: false, sentence, CuesBySentence.None), quotation.Content, null, null, [quotation]));
            }
        }
        JoinReportedQuotations(statements, cuesBySentence);
        statements.Sort((a, b) => a.ContentCover.CompareTo(b.ContentCover));
        return statements;
    }

    /// <summary>
    /// "“The politics are blatant” in the legislature, he said. “This bill is the end of it.”": a quotation with no
    /// attribution of its own that opens the sentence after a reported statement with quoted words goes on with that
    /// statement. One pass: the last such statement of each sentence is looked up by the sentence of its cue.
    /// </summary>
    private void JoinReportedQuotations(List<Statement> statements, CuesBySentence cues)
    {
        var quotingBySentence = new Dictionary<int, int>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is { Cue: { } cue, Speaker: { } speaker } statement
                && (statement.Quotations.Count > 0 && statement.Kind != StatementKind.Indirect || EndsWithAttribution(statement, cue, speaker)))
            {
                quotingBySentence[cue.Sentence] = i;
            }
        }
        var joined = new HashSet<Statement>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is not { Speaker: null, Cue: null, Quotations: [var quotation] } orphan || orphan.Kind == StatementKind.Block)
            {
                continue;
            }
            var sentence = _syntax.SentenceAt(quotation.Span.Start)!;
            if (quotation.Span.Start != sentence.Span.Start || sentence.Index == 0 || SentenceHasFreeCue(sentence, cues))
            {
                continue;
            }
            var previous = _syntax.Sentences[sentence.Index - 1];
            if (previous.Paragraph != sentence.Paragraph || !quotingBySentence.TryGetValue(previous.Index, out var target))
            {
                continue;
            }
            var statement = statements[target];
            if (!_syntax.TopLevelQuotationsIn(previous.Span).All(q => statement.Quotations.Contains(q)))
            {
                continue; // the sentence before quotes someone else too
            }
            statements[target] = statement with { Content = [.. statement.Content, .. quotation.Content], Quotations = [.. statement.Quotations, quotation] };
            joined.Add(orphan);
        }
        statements.RemoveAll(joined.Contains);
    }

    /// <summary>"The administration may be reluctant to act, Schiff said.": the attribution closes the sentence.</summary>
    private bool EndsWithAttribution(Statement statement, Cue cue, Speaker speaker)
    {
        var sentence = _syntax.Sentences[cue.Sentence];
        return statement.Content[^1].End <= cue.Span.Start && RestIsPunctuation(sentence.Span.End, Math.Max(cue.Span.End, speaker.Span.End));
    }

    private static int TokenEnd(IReadOnlyList<Token> tokens, int offset)
    {
        var k = tokens.Count;
        while (k > 0 && tokens[k - 1].Span.Start >= offset)
        {
            k--;
        }
        return k;
    }

    private static TextSpan Span(IReadOnlyList<Token> tokens, int start, int end) =>
        end <= start ? new TextSpan(tokens[Math.Min(start, tokens.Count - 1)].Span.Start, tokens[Math.Min(start, tokens.Count - 1)].Span.Start) : new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);

    private int ContentEnd(Sentence sentence)
    {
        var end = sentence.Span.End;
        while (end > sentence.Span.Start && _syntax.Text[end - 1] is '.' or '!' or '?' or ';' or ' ')
        {
            end--;
        }
        return end;
    }

    private TextSpan Trim(TextSpan span)
    {
        var text = _syntax.Text;
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or ';'))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private bool InsideQuotation(TextSpan span) => _syntax.IsInsideQuotedContent(span);

    private bool RestIsPunctuation(int paragraphEnd, int from)
    {
        for (var i = from; i < paragraphEnd; i++)
        {
            if (char.IsLetterOrDigit(_syntax.Text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private Cue Use(Cue cue)
    {
        _usedCues.Add(cue);
        return cue;
    }

    private Cue? CueAt(CuesBySentence cues, int sentence, int token)
    {
        foreach (var cue in cues[sentence])
        {
            if (cue.FirstToken == token && !_usedCues.Contains(cue))
            {
                return cue;
            }
        }
        return null;
    }

    private static Cue? CueEndingAt(CuesBySentence cues, int sentence, int token)
    {
        foreach (var cue in cues[sentence])
        {
            if (cue.FirstToken + cue.TokenCount - 1 == token)
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (binary search).</summary>
    private static int FirstTokenAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
