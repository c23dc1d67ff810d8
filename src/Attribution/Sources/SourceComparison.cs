using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Sources;

/// <summary>A quotation of an article compared with one source it cites: its words, and where (if anywhere) they stand there.</summary>
public sealed record SourceComparison(Statement Statement, Quotation Quotation, SourceWords Words, SourceDocument Source, SourceMatch Match);

/// <summary>Which quotations of an article are compared with their sources, and the match in each source they cite.</summary>
public static class SourceComparisons
{
    /// <summary>Shorter quotations (a word or two in quotation marks) are too often the writer's own paraphrase to compare.</summary>
    public const int MinimumWords = 3;

    /// <summary>
    /// For each quotation that cites at least one readable source: its comparison with every source it cites.
    /// Titles and scare quotes are not quotations of a source; a quotation inside a quotation goes with the outer one.
    /// </summary>
    public static IEnumerable<IReadOnlyList<SourceComparison>> Of(SemanticModel article, QuotationSources? sources)
    {
        if (sources is null)
        {
            yield break;
        }
        foreach (var statement in article.Statements)
        {
            if (statement.Kind is not (StatementKind.Direct or StatementKind.Partial or StatementKind.Block) || statement.Quotations.Count == 0)
            {
                continue;
            }
            var cited = sources.For(article, statement);
            if (cited.Count == 0)
            {
                continue;
            }
            foreach (var quotation in statement.Quotations.Where(q => q.Depth == 0))
            {
                var words = SourceWords.Of(article.Document.Text, quotation.Content);
                if (words.Count < MinimumWords)
                {
                    continue;
                }
                yield return [.. cited.Select(source => new SourceComparison(statement, quotation, words, source, QuotationMatcher.Find(words, source.Words)))];
            }
        }
    }
}
