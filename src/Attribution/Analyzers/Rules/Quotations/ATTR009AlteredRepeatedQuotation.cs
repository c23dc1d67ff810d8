using Attribution.Analyzers.Rules.Sources;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;
using FuzzySharp;

namespace Attribution.Analyzers.Rules.Quotations;

/// <summary>
/// One quotation given twice in an article in words that mostly agree but differ: a word changed, added or
/// dropped. A fragment repeated verbatim, a short quotation and a partial quote with an ellipsis are normal
/// journalism and pass.
/// </summary>
public sealed class ATTR009AlteredRepeatedQuotation : Analyzer
{
    /// <summary>Shorter quotations agree by chance or are set phrases.</summary>
    private const int MinimumWords = 8;

    /// <summary>At most this many words changed, added or dropped, in at most <see cref="MaximumChanges"/> places.</summary>
    private const int MaximumChangedWords = 2;

    private const int MaximumChanges = 2;

    /// <summary>FuzzySharp's ratio (0–100) the two quotations must reach before the word difference is computed.</summary>
    private const int MinimumSimilarity = 85;

    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR009",
        "Quotation repeated with different words",
        "The quotation '{0}' is given earlier with different words: {1}",
        "Quotations",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var seen = new List<(Statement Statement, Quotation Quotation, QuotationWords Words)>();
        var identities = new SpeakerIdentities(context.Model);
        foreach (var statement in context.Model.Statements)
        {
            foreach (var quotation in statement.Quotations)
            {
                if (QuotationWords.Read(text, quotation) is not { } words)
                {
                    continue;
                }
                foreach (var earlier in seen)
                {
                    // The bounds on lengths first: comparing two statements compares every field of the records.
                    if (!MayBeSimilar(earlier.Words, words) || earlier.Statement == statement
                        || !ShareEnoughWords(earlier.Words, words)
                        || !MayBeOneSpeaker(identities, earlier.Statement, statement)
                        || earlier.Words.Joined == words.Joined || earlier.Words.Contains(words) || words.Contains(earlier.Words)
                        || Fuzz.Ratio(earlier.Words.Joined, words.Joined) < MinimumSimilarity
                        || WordChanges(earlier.Words.Split(), words.Split()) is not { } changes)
                    {
                        continue;
                    }
                    context.Report(
                        quotation.Span,
                        [QuotedWords.First(text, quotation.ContentCover), changes],
                        [new RelatedLocation(earlier.Quotation.Span, "given here as: " + QuotedWords.First(text, earlier.Quotation.ContentCover, 12))]);
                    break;
                }
                seen.Add((statement, quotation, words));
            }
        }
    }

    /// <summary>
    /// A quotation's words without case and punctuation, kept as one string with the words a space apart and where
    /// each word starts: a few objects a quotation instead of one string a word, since most are compared with none.
    /// </summary>
    private sealed class QuotationWords
    {
        private readonly int[] _starts;

        /// <summary>The word indices in the ordinal order of the words, made when the quotation is first compared word by word.</summary>
        private int[]? _sorted;

        private QuotationWords(string joined, int[] starts)
        {
            Joined = joined;
            _starts = starts;
        }

        /// <summary>The words, a space apart.</summary>
        public string Joined { get; }

        public int Count => _starts.Length;

        public ReadOnlySpan<char> Word(int index) =>
            Joined.AsSpan(_starts[index], (index + 1 < _starts.Length ? _starts[index + 1] - 1 : Joined.Length) - _starts[index]);

        /// <summary>The word that comes <paramref name="rank"/>th in ordinal order.</summary>
        public ReadOnlySpan<char> SortedWord(int rank) => Word((_sorted ??= SortedIndices())[rank]);

        private int[] SortedIndices()
        {
            var sorted = new int[_starts.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = i;
            }
            Array.Sort(sorted, (x, y) => Word(x).SequenceCompareTo(Word(y)));
            return sorted;
        }

        public string[] Split() => Joined.Split(' ');

        /// <summary>True when <paramref name="part"/> stands word for word inside these words.</summary>
        public bool Contains(QuotationWords part)
        {
            if (part.Count > Count)
            {
                return false;
            }
            for (var start = 0; start + part.Count <= Count; start++)
            {
                var end = _starts[start] + part.Joined.Length;
                if (end <= Joined.Length && (end == Joined.Length || Joined[end] == ' ')
                    && Joined.AsSpan(_starts[start], part.Joined.Length).SequenceEqual(part.Joined))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The words of the quotation in lower case; null for a short one, one with an ellipsis or a nested one.</summary>
        public static QuotationWords? Read(string text, Quotation quotation)
        {
            if (quotation.Depth > 0 || quotation.RunsOverParagraphs)
            {
                return null;
            }
            var content = text.AsSpan(quotation.ContentCover.Start, quotation.ContentCover.Length);
            if (content.Contains('…') || content.Contains("...", StringComparison.Ordinal) || content.Contains(". . .", StringComparison.Ordinal))
            {
                return null; // a deliberate partial quote
            }
            // Words between white space, each kept to its letters, digits, apostrophes and hyphens, in lower case, and
            // a space after each: never longer than the content and one more space, so one buffer on the stack for a
            // usual quotation.
            Span<char> joined = content.Length < 512 ? stackalloc char[content.Length + 1] : new char[content.Length + 1];
            // A word and the white space after it take two characters at least.
            Span<int> starts = content.Length < 512 ? stackalloc int[content.Length / 2 + 1] : new int[content.Length / 2 + 1];
            var count = 0;
            var length = 0;
            var wordStart = 0;
            for (var i = 0; i <= content.Length; i++)
            {
                if (i == content.Length || char.IsWhiteSpace(content[i]))
                {
                    if (length > wordStart)
                    {
                        starts[count++] = wordStart;
                        joined[length++] = ' ';
                        wordStart = length;
                    }
                    continue;
                }
                var c = content[i];
                if (char.IsLetterOrDigit(c) || c is '\'' or '’' or '-')
                {
                    joined[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
                }
            }
            // Without the space after the last word.
            return count < MinimumWords ? null : new QuotationWords(joined[..(length - 1)].ToString(), starts[..count].ToArray());
        }
    }

    /// <summary>
    /// Cheap bounds that every reported pair meets, checked before the costly comparisons: at most
    /// <see cref="MaximumChanges"/> changes of <see cref="MaximumChangedWords"/> words apart in length, and lengths
    /// close enough for the similarity ratio (twice the matched characters over both lengths) to reach its minimum.
    /// </summary>
    private static bool MayBeSimilar(QuotationWords a, QuotationWords b) =>
        Math.Abs(a.Count - b.Count) <= MaximumChanges * MaximumChangedWords
        && 200 * Math.Min(a.Joined.Length, b.Joined.Length) >= (MinimumSimilarity - 1) * (a.Joined.Length + b.Joined.Length); // one below: the ratio is rounded

    /// <summary>
    /// True when the two quotations have words enough in common to differ by at most <see cref="MaximumChanges"/>
    /// changes of <see cref="MaximumChangedWords"/> words: the words a word diff keeps are common to both, so at
    /// most that many of either side's words may be missing from the other. One merge of the two sorted word lists
    /// rules out most pairs before the similarity ratio and the diff are computed.
    /// </summary>
    private static bool ShareEnoughWords(QuotationWords a, QuotationWords b)
    {
        var common = 0;
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            var order = a.SortedWord(i).SequenceCompareTo(b.SortedWord(j));
            if (order == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common >= Math.Max(a.Count, b.Count) - MaximumChanges * MaximumChangedWords;
    }

    /// <summary>Two statements may be one speaker's unless both speakers are identified and surely differ (ATTR010's finding).</summary>
    private static bool MayBeOneSpeaker(SpeakerIdentities identities, Statement a, Statement b)
    {
        if (a.Speaker is null || b.Speaker is null)
        {
            return true;
        }
        var first = identities.Of(a);
        var second = identities.Of(b);
        return first is null || second is null || first.CouldBe(second);
    }

    /// <summary>The word difference, described ("'raise' became 'cut'", "'not' dropped"), or null when it is larger than a slip.</summary>
    private static string? WordChanges(string[] earlier, string[] later)
    {
        var diff = Attribution.Sources.WordDiff.Words(earlier, later);
        if (diff.DiffBlocks.Count is 0 or > MaximumChanges)
        {
            return null;
        }
        var described = new List<string>();
        foreach (var block in diff.DiffBlocks)
        {
            if (block.DeleteCountA > MaximumChangedWords || block.InsertCountB > MaximumChangedWords)
            {
                return null;
            }
            var removed = string.Join(' ', diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            var added = string.Join(' ', diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            described.Add(block.DeleteCountA == 0 ? $"'{added}' added"
                : block.InsertCountB == 0 ? $"'{removed}' dropped"
                : $"'{removed}' became '{added}'");
        }
        return string.Join(", ", described);
    }
}
