using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.ReaderLab;

/// <summary>
/// One paragraph as a sequence to tag: its tokens, the gold tags, the rules' own tags, hashed features for the linear
/// tagger and where its sentences start. The first unit of an article carries the rules' attributions of the whole
/// article (<see cref="Library"/>), so that scoring needs no second run of the rules.
/// </summary>
public sealed record Unit(List<Token> Tokens, int[] Gold, int[] RuleTags, int[][] Features, List<int> SentenceStarts, IReadOnlyList<PredictedAttribution> Library);

/// <summary>Builds the sequences of a split: one per paragraph, tagged from gold and from the rules.</summary>
public static class Sequences
{
    /// <param name="withFeatures">Whether to compute the linear tagger's hashed features (left empty otherwise).</param>
    public static List<List<Unit>> Of(IReadOnlyList<Article> articles, bool withFeatures = true)
    {
        var extractor = new LibraryExtractor();
        var result = new List<Unit>[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var article = articles[i];
            var rules = extractor.Extract(article.TextPath, article.Text);
            var units = new List<Unit>();
            var (paragraphs, sentences) = SentenceSplitter.Split(article.Text);
            foreach (var paragraph in paragraphs)
            {
                var tokens = Tokenizer.Tokenize(article.Text, paragraph.Span);
                if (tokens.Count == 0) continue;
                bool Inside(TextSpan s) => s.Start < paragraph.Span.End && s.End > paragraph.Span.Start;
                var gold = Tags.FromSpans(tokens, article.Attributions.Where(g => g.Content.Any(Inside)).Select(g => (g.Content, g.Source, g.Cue)));
                var ruleTags = Tags.FromSpans(tokens, rules.Where(p => p.Content.Any(Inside)).Select(p =>
                    (p.Content, (IReadOnlyList<TextSpan>)(p.Source is { } s ? [s] : []), (IReadOnlyList<TextSpan>)(p.Cue is { } c ? [c] : []))));
                var starts = new List<int>();
                for (var s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
                {
                    var first = tokens.FindIndex(t => t.Span.Start >= sentences[s].Span.Start);
                    if (first >= 0 && (starts.Count == 0 || starts[^1] != first)) starts.Add(first);
                }
                if (starts.Count == 0 || starts[0] != 0) starts.Insert(0, 0);
                var features = withFeatures ? Features.Of(tokens, ruleTags, starts) : [];
                units.Add(new Unit(tokens, gold, ruleTags, features, starts, []));
            }
            if (units.Count > 0) units[0] = units[0] with { Library = rules };
            result[i] = units;
        });
        return [.. result.Select(u => u.Count > 0 ? u : [new Unit([], [], [], [], [0], [])])];
    }
}
