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
        var seen = new List<(Statement Statement, Quotation Quotation, string[] Words, string Joined, string[] Sorted)>();
        var identities = new SpeakerIdentities(context.Model);
        foreach (var statement in context.Model.Statements)
        {
            foreach (var quotation in statement.Quotations)
            {
                var words = QuotationWords(text, quotation);
                if (words is null)
                {
                    continue;
                }
                var joined = string.Join(' ', words);
                var sorted = words.Order(StringComparer.Ordinal).ToArray();
                foreach (var earlier in seen)
                {
                    // The bounds on lengths first: comparing two statements compares every field of the records.
                    if (!MayBeSimilar(earlier.Words, earlier.Joined, words, joined) || earlier.Statement == statement
                        || !ShareEnoughWords(earlier.Sorted, sorted)
                        || !MayBeOneSpeaker(identities, earlier.Statement, statement)
                        || earlier.Joined == joined || IsFragment(earlier.Words, words) || IsFragment(words, earlier.Words)
                        || Fuzz.Ratio(earlier.Joined, joined) < MinimumSimilarity
                        || WordChanges(earlier.Words, words) is not { } changes)
                    {
                        continue;
                    }
                    context.Report(
                        quotation.Span,
                        [QuotedWords.First(text, quotation.ContentCover), changes],
                        [new RelatedLocation(earlier.Quotation.Span, "given here as: " + QuotedWords.First(text, earlier.Quotation.ContentCover, 12))]);
                    break;
                }
                seen.Add((statement, quotation, words, joined, sorted));
            }
        }
    }

    /// <summary>The quotation's words without case and punctuation; null for a short one, one with an ellipsis or a nested one.</summary>
    private static string[]? QuotationWords(string text, Quotation quotation)
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
        // Words between white space, each kept to its letters, digits, apostrophes and hyphens, in lower case.
        // A word is never longer than the content: one buffer on the stack for a quotation of usual length.
        Span<char> word = content.Length <= 512 ? stackalloc char[content.Length] : new char[content.Length];
        var length = 0;
        var found = new List<string>();
        for (var i = 0; i <= content.Length; i++)
        {
            if (i == content.Length || char.IsWhiteSpace(content[i]))
            {
                if (length > 0)
                {
                    found.Add(word[..length].ToString());
                    length = 0;
                }
                continue;
            }
            var c = content[i];
            if (char.IsLetterOrDigit(c) || c is '\'' or '’' or '-')
            {
                word[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
            }
        }
        return found.Count < MinimumWords ? null : [.. found];
    }

    /// <summary>
    /// Cheap bounds that every reported pair meets, checked before the costly comparisons: at most
    /// <see cref="MaximumChanges"/> changes of <see cref="MaximumChangedWords"/> words apart in length, and lengths
    /// close enough for the similarity ratio (twice the matched characters over both lengths) to reach its minimum.
    /// </summary>
    private static bool MayBeSimilar(string[] a, string aJoined, string[] b, string bJoined) =>
        Math.Abs(a.Length - b.Length) <= MaximumChanges * MaximumChangedWords
        && 200 * Math.Min(aJoined.Length, bJoined.Length) >= (MinimumSimilarity - 1) * (aJoined.Length + bJoined.Length); // one below: the ratio is rounded

    /// <summary>Two statements may be one speaker's unless both speakers are identified and surely differ (ATTR010's finding).</summary>
    /// <summary>
    /// True when the two quotations have words enough in common to differ by at most <see cref="MaximumChanges"/>
    /// changes of <see cref="MaximumChangedWords"/> words: the words a word diff keeps are common to both, so at
    /// most that many of either side's words may be missing from the other. One merge of the two sorted word lists
    /// rules out most pairs before the similarity ratio and the diff are computed.
    /// </summary>
    private static bool ShareEnoughWords(string[] a, string[] b)
    {
        var common = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
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
        return common >= Math.Max(a.Length, b.Length) - MaximumChanges * MaximumChangedWords;
    }

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

    /// <summary>True when <paramref name="part"/> stands word for word inside <paramref name="whole"/>.</summary>
    private static bool IsFragment(string[] whole, string[] part)
    {
        if (part.Length > whole.Length)
        {
            return false;
        }
        for (var start = 0; start + part.Length <= whole.Length; start++)
        {
            if (whole.AsSpan(start, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }
        return false;
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
