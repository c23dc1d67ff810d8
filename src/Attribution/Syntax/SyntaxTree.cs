using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>The syntax of one document: paragraphs, sentences and their tokens, quotations, mentions and cues.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(
        Document document,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<IReadOnlyList<Token>> tokens,
        IReadOnlyList<Quotation> quotations,
        IReadOnlyList<UnbalancedMark> unbalancedMarks,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<Cue> cues,
        WordCases wordCases)
    {
        Document = document;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Quotations = quotations;
        UnbalancedMarks = unbalancedMarks;
        Mentions = mentions;
        Cues = cues;
        WordCases = wordCases;
    }

    public Document Document { get; }

    /// <summary>The lexicons the document was read with.</summary>
    public LexiconSet Lexicons { get; private init; } = LexiconSet.Default;

    /// <summary>How the document writes each word.</summary>
    internal WordCases WordCases { get; }

    private int[]? _firstMentionOfSentence;
    private int[]? _firstCueOfSentence;

    private Mention[]? _mentionArray;
    private Cue[]? _cueArray;

    /// <summary>The mentions of one sentence, in text order: a segment of one array, read without allocating.</summary>
    internal ArraySegment<Mention> MentionsInSentence(int sentence) =>
        OfSentence(_mentionArray ??= [.. Mentions], _firstMentionOfSentence ??= FirstOfEachSentence(Mentions, m => m.Sentence), sentence);

    /// <summary>
    /// The mentions whose names lie within <paramref name="span"/>, in text order: read from the sentences the span
    /// touches, not from the whole document.
    /// </summary>
    internal IEnumerable<Mention> MentionsNamedWithin(TextSpan span)
    {
        var (low, high) = (0, Sentences.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Sentences[middle].Span.End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        for (var sentence = low; sentence < Sentences.Count && Sentences[sentence].Span.Start < span.End; sentence++)
        {
            foreach (var mention in MentionsInSentence(sentence))
            {
                if (span.Start <= mention.NameSpan.Start && mention.NameSpan.End <= span.End)
                {
                    yield return mention;
                }
            }
        }
    }

    /// <summary>The cues of one sentence, in text order: a segment of one array, read without allocating.</summary>
    internal ArraySegment<Cue> CuesInSentence(int sentence) =>
        OfSentence(_cueArray ??= [.. Cues], _firstCueOfSentence ??= FirstOfEachSentence(Cues, c => c.Sentence), sentence);

    private static ArraySegment<T> OfSentence<T>(T[] items, int[] first, int sentence) =>
        new(items, first[sentence], first[sentence + 1] - first[sentence]);

    /// <summary>For items listed in sentence order, the index of each sentence's first item (and one past the end).</summary>
    private int[] FirstOfEachSentence<T>(IReadOnlyList<T> items, Func<T, int> sentenceOf)
    {
        var first = new int[Sentences.Count + 1];
        var k = 0;
        for (var s = 0; s <= Sentences.Count; s++)
        {
            while (k < items.Count && sentenceOf(items[k]) < s)
            {
                k++;
            }
            first[s] = k;
        }
        return first;
    }

    public string Text => Document.Text;

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The tokens of each sentence, by sentence index.</summary>
    public IReadOnlyList<IReadOnlyList<Token>> Tokens { get; }

    public IReadOnlyList<Quotation> Quotations { get; }

    public IReadOnlyList<UnbalancedMark> UnbalancedMarks { get; }

    /// <summary>Mentions of people in text order; <see cref="Mention.Index"/> is the position in this list.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<Cue> Cues { get; }

    public static SyntaxTree Parse(Document document, MentionFinder? mentionFinder = null) => Parse(document, LexiconSet.Default, mentionFinder);

    /// <summary>The syntax of a document read with <paramref name="lexicons"/>: its words classified by them, its titles found with them.</summary>
    public static SyntaxTree Parse(Document document, LexiconSet lexicons, MentionFinder? mentionFinder = null)
    {
        var finder = mentionFinder ?? lexicons.Mentions;
        var text = document.Text;
        var (paragraphs, sentences) = SentenceSplitter.Split(text);
        var tokens = new List<IReadOnlyList<Token>>(sentences.Count);
        var mentions = new List<Mention>();
        var cues = new List<Cue>();
        var wordCases = new WordCases(text.Length);
        Tokenizer.StartDocument(lexicons.Classifier);
        foreach (var sentence in sentences)
        {
            var sentenceTokens = Tokenizer.Tokenize(text, sentence.Span, lexicons.Classifier);
            tokens.Add(sentenceTokens);
            wordCases.Add(sentenceTokens);
            finder.FindNumbered(sentenceTokens, sentence.Index, mentions);
            cues.AddRange(CueFinder.Find(sentenceTokens, sentence.Index));
        }
        var (quotations, unbalanced) = QuotationScanner.Scan(text, paragraphs, document.QuoteRegions);
        return new SyntaxTree(document, paragraphs, sentences, tokens, quotations, unbalanced, mentions, cues, wordCases) { Lexicons = lexicons };
    }

    public string this[TextSpan span] => Document[span];

    private TextSpan[]? _quotedContent;
    private Quotation[]? _topLevelByStart;

    /// <summary>True when the span lies inside the quoted words of a quotation (binary search over top-level content spans, which do not overlap).</summary>
    public bool IsInsideQuotedContent(TextSpan span)
    {
        var content = _quotedContent ??= [.. Quotations.Where(q => q.Depth == 0).SelectMany(q => q.Content).Order()];
        int lo = 0, hi = content.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (content[mid].Start <= span.Start)
            {
                if (content[mid].Contains(span))
                {
                    return true;
                }
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return false;
    }

    /// <summary>The top-level quotations whose span overlaps <paramref name="range"/>, in text order: a segment of one array, read without allocating.</summary>
    internal ArraySegment<Quotation> TopLevelQuotationsIn(TextSpan range)
    {
        var sorted = _topLevelByStart ??= [.. Quotations.Where(q => q.Depth == 0).OrderBy(q => q.Span.Start)];
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Span.End <= range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        // Top-level quotations do not overlap each other, so their ends are sorted too.
        var end = lo;
        while (end < sorted.Length && sorted[end].Span.Start < range.End)
        {
            end++;
        }
        return new ArraySegment<Quotation>(sorted, lo, end - lo);
    }

    /// <summary>The sentence that contains an offset (binary search).</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = Sentences[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return Sentences[mid];
            }
        }
        return null;
    }

    /// <summary>The paragraph that contains an offset (binary search).</summary>
    public Paragraph? ParagraphAt(int offset)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = Paragraphs[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return Paragraphs[mid];
            }
        }
        return null;
    }
}
