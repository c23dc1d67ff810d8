using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics.Citations;

/// <summary>
/// Which citations support which statement. The rule, nearest first:
/// <list type="number">
/// <item>every citation inside or around the statement's words, quotations, cue or speaker (a link on the quoted words,
/// a blockquote's cite, "[according to Reuters](…)"), and every citation in a sentence the statement runs over — the
/// attribution's sentence ("…, Reuters reported.", a link on "said");</item>
/// <item>when there is none, the credits that stand for a whole paragraph, in the paragraphs the statement stands in
/// ("… Source: PTI" at the paragraph's end, a sign-off, a dateline).</item>
/// </list>
/// Links and sentence credits ("according to Reuters") elsewhere in the paragraph are left out: they support their own sentence.
/// So is whatever stands in the page furniture a quotation over several paragraphs runs past (a related-stories box).
/// </summary>
internal sealed class CitationIndex
{
    private readonly SyntaxTree _syntax;
    private readonly IReadOnlyList<Citation> _citations;
    private readonly int[] _sentenceOf;
    private readonly int[] _paragraphOf;

    public CitationIndex(SyntaxTree syntax, IReadOnlyList<Citation> citations)
    {
        _syntax = syntax;
        _citations = citations;
        _sentenceOf = [.. citations.Select(c => SentenceIndexAt(c.Span.Start))];
        _paragraphOf = [.. _sentenceOf.Select(s => s < 0 ? -1 : syntax.Sentences[s].Paragraph)];
    }

    public IReadOnlyList<Citation> Of(Statement statement)
    {
        IEnumerable<TextSpan> spans = [.. statement.Content, .. statement.Quotations.Select(q => q.Span)];
        if (statement.Cue is { } cue)
        {
            spans = spans.Append(cue.Span);
        }
        if (statement.Speaker is { } speaker)
        {
            spans = spans.Append(speaker.Span);
        }
        return Of([.. spans], FurnitureParagraphs(statement.Quotations));
    }

    /// <summary>The citations of a quotation no statement holds: those of its own words.</summary>
    public IReadOnlyList<Citation> Of(Quotation quotation) => Of([quotation.Span], FurnitureParagraphs([quotation]));

    /// <summary>The citations of the statement or quotation whose text is <paramref name="spans"/>, none in <paramref name="furniture"/>'s paragraphs.</summary>
    public IReadOnlyList<Citation> Of(IReadOnlyList<TextSpan> spans, IReadOnlySet<int>? furniture = null)
    {
        if (_citations.Count == 0 || spans.Count == 0)
        {
            return [];
        }
        var sentences = spans.SelectMany(s => new[] { SentenceIndexAt(s.Start), SentenceIndexAt(Math.Max(s.Start, s.End - 1)) }).Where(i => i >= 0).ToList();
        var first = sentences.Count == 0 ? -1 : sentences.Min();
        var last = sentences.Count == 0 ? -1 : sentences.Max();
        var near = new List<Citation>();
        for (var k = 0; k < _citations.Count; k++)
        {
            var citation = _citations[k];
            if (furniture?.Contains(_paragraphOf[k]) == true)
            {
                continue;
            }
            if ((_sentenceOf[k] >= first && _sentenceOf[k] <= last && first >= 0) || spans.Any(s => Touches(s, citation.Span)))
            {
                near.Add(citation);
            }
        }
        if (near.Count > 0 || first < 0)
        {
            return near;
        }
        var firstParagraph = _syntax.Sentences[first].Paragraph;
        var lastParagraph = _syntax.Sentences[last].Paragraph;
        return [.. _citations.Where((c, k) => c.CreditsParagraph && _paragraphOf[k] >= firstParagraph && _paragraphOf[k] <= lastParagraph && furniture?.Contains(_paragraphOf[k]) != true)];
    }

    /// <summary>
    /// The paragraphs between two paragraphs of a quotation that hold none of its words: the page furniture it runs
    /// past (<see cref="PageFurniture"/>). Null when no quotation runs over paragraphs.
    /// </summary>
    private HashSet<int>? FurnitureParagraphs(IReadOnlyList<Quotation> quotations)
    {
        HashSet<int>? furniture = null;
        foreach (var quotation in quotations)
        {
            for (var f = 1; f < quotation.Content.Count; f++)
            {
                var before = ParagraphAt(quotation.Content[f - 1].Start);
                var after = ParagraphAt(quotation.Content[f].Start);
                for (var p = before + 1; before >= 0 && p < after; p++)
                {
                    (furniture ??= []).Add(p);
                }
            }
        }
        return furniture;
    }

    private int ParagraphAt(int offset) => SentenceIndexAt(offset) is var sentence and >= 0 ? _syntax.Sentences[sentence].Paragraph : -1;

    /// <summary>Overlapping spans, or an empty citation span (an autolink) standing inside the text.</summary>
    private static bool Touches(TextSpan text, TextSpan citation) =>
        citation.IsEmpty ? citation.Start > text.Start && citation.Start < text.End : text.OverlapsWith(citation);

    /// <summary>The sentence at an offset, or the one that ends there (an autolink after the last word); -1 between paragraphs.</summary>
    private int SentenceIndexAt(int offset) =>
        (_syntax.SentenceAt(offset) ?? (offset > 0 ? _syntax.SentenceAt(offset - 1) : null))?.Index ?? -1;
}
