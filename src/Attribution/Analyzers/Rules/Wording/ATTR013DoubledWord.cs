using Attribution.Fixes;
using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Wording;

/// <summary>
/// A word doubled in the writer's own prose: side by side anywhere outside the quoted words ("the White White
/// House spokesman said"), as Vale's repetition check finds it, or repeated further apart inside one title ("a
/// spokesman of Mumbai Airport spokesman"). Quoted words are someone else's and are left alone.
/// </summary>
public sealed class ATTR013DoubledWord : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR013",
        "Doubled word",
        "'{0}' appears twice {1}",
        "Wording",
        DiagnosticSeverity.Info,
        Offers: FixOffers.Fixes | FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        var reported = new HashSet<int>();
        foreach (var sentence in context.Syntax.Tokens)
        {
            ReportSideBySide(context, sentence, reported);
        }
        foreach (var mention in context.Syntax.Mentions)
        {
            ReportRepeatedTitleWord(context, mention, reported);
        }
    }

    private static void ReportSideBySide(AnalysisContext context, IReadOnlyList<Token> tokens, HashSet<int> reported)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (first, second) = (tokens[i - 1], tokens[i]);
            if (!first.IsWord || !second.IsWord || !first.Is(second.Text) || Lexicons.RepeatableWords.Contains(second)
                || !IsSpaceBetween(context.Text, first, second) || context.Syntax.IsInsideQuotedContent(second.Span) || reported.Contains(second.Span.Start))
            {
                continue;
            }
            if (InTwoLinks(context, first, second))
            {
                continue;
            }
            reported.Add(second.Span.Start);
            Report(context, first, second, "in a row");
        }
    }

    /// <summary>
    /// Words of two links side by side are two items, not a word typed twice: a page's list of tags ("lexus
    /// lexus lc"), two links to related stories.
    /// </summary>
    private static bool InTwoLinks(AnalysisContext context, Token first, Token second) =>
        context.LinkHolding(first.Span) != context.LinkHolding(second.Span);

    /// <summary>A title word repeated further apart inside one mention's titles: the removal is only a suggestion.</summary>
    private static void ReportRepeatedTitleWord(AnalysisContext context, Mention mention, HashSet<int> reported)
    {
        var end = mention.Kind == MentionKind.Name ? mention.NameSpan.Start : mention.Span.End;
        if (end <= mention.Span.Start)
        {
            return; // a name with no title before it
        }
        // The mention's tokens are those of its sentence, from its start to the name; titles are a few words, so
        // each word is compared with the ones before it.
        var tokens = context.Syntax.Tokens[mention.Sentence];
        var first = 0;
        while (first < tokens.Count && tokens[first].Span.Start < mention.Span.Start)
        {
            first++;
        }
        for (var k = first; k < tokens.Count && tokens[k].Span.Start < end; k++)
        {
            var token = tokens[k];
            if (!IsTitleWord(token))
            {
                continue;
            }
            for (var j = first; j < k; j++)
            {
                if (IsTitleWord(tokens[j]) && string.Equals(tokens[j].Text, token.Text, StringComparison.OrdinalIgnoreCase))
                {
                    if (reported.Add(token.Span.Start))
                    {
                        Report(context, tokens[j], token, "in this title");
                    }
                    return;
                }
            }
        }
    }

    private static bool IsTitleWord(Token token) => token.IsWord && !Lexicons.RepeatableWords.Contains(token);

    private static bool IsSpaceBetween(string text, Token first, Token second)
    {
        for (var k = first.Span.End; k < second.Span.Start; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }
        return second.Span.Start > first.Span.End;
    }

    private static void Report(AnalysisContext context, Token first, Token second, string where)
    {
        // Remove the second one with the space before it.
        var start = second.Span.Start;
        while (start > first.Span.End && context.Text[start - 1] == ' ')
        {
            start--;
        }
        var adjacent = start == first.Span.End;
        var fix = new Fix($"Remove the repeated '{second.Text}'", [new TextEdit(new TextSpan(start, second.Span.End), "")], adjacent ? FixKind.Fix : FixKind.Suggestion);
        context.Report(second.Span, [second.Text, where], [new RelatedLocation(first.Span, "first here")], fix);
    }
}
