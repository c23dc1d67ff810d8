using Attribution.Fixes;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Wording;

/// <summary>A word doubled inside a title or attribution: "the Russian Russian president", "a spokesman of … spokesman".</summary>
public sealed class ATTR013DoubledWord : Analyzer
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "for", "in", "on", "to", "at", "&",
    };

    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR013",
        "Doubled word in an attribution",
        "'{0}' appears twice in this title",
        "Wording",
        DiagnosticSeverity.Info,
        Offers: FixOffers.Fixes | FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var mention in context.Syntax.Mentions)
        {
            // The titles before the name (or the whole title phrase when there is no name).
            var end = mention.Kind == MentionKind.Name ? mention.NameSpan.Start : mention.Span.End;
            var span = new TextSpan(mention.Span.Start, Math.Max(mention.Span.Start, end));
            var tokens = Tokenizer.Tokenize(context.Text, span);
            var seen = new Dictionary<string, Token>(StringComparer.OrdinalIgnoreCase);
            foreach (var token in tokens)
            {
                if (!token.IsWord || FunctionWords.Contains(token.Text))
                {
                    continue;
                }
                if (seen.TryGetValue(token.Text, out var first))
                {
                    Report(context, first, token);
                    break;
                }
                seen[token.Text] = token;
            }
        }
    }

    private static void Report(AnalysisContext context, Token first, Token second)
    {
        // Remove the second one with the space before it.
        var start = second.Span.Start;
        while (start > first.Span.End && context.Text[start - 1] == ' ')
        {
            start--;
        }
        var adjacent = start == first.Span.End;
        var fix = new Fix($"Remove the repeated '{second.Text}'", [new TextEdit(new TextSpan(start, second.Span.End), "")], adjacent ? FixKind.Fix : FixKind.Suggestion);
        context.Report(second.Span, [second.Text], [new RelatedLocation(first.Span, "first here")], fix);
    }
}
