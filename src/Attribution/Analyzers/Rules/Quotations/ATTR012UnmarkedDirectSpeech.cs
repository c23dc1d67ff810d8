using Attribution.Fixes;
using Attribution.Lexicon;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Analyzers.Rules.Quotations;

/// <summary>
/// Direct speech after a colon with no quotation marks: "Zardari said: The time has come …". The model gives the
/// reported statement, its speech cue, its speaker as the cue's own subject, and its content; the rule judges that the
/// content is the speaker's own sentence: it begins with a capital right after a colon that follows the cue, and holds
/// no quotation.
/// </summary>
public sealed class ATTR012UnmarkedDirectSpeech : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR012",
        "Direct speech without quotation marks",
        "The direct speech '{0}' after a colon has no quotation marks",
        "Quotations",
        DiagnosticSeverity.Info,
        Offers: FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var statement in context.Model.Statements)
        {
            if (!IsUnmarkedDirectSpeech(context, statement))
            {
                continue;
            }
            var content = statement.ContentCover;
            var sentence = context.Syntax.SentenceAt(content.Start)!;
            // Quote to the end of the sentence, its full stop included, as news style does.
            var end = sentence.Span.End;
            var fix = new Fix(
                "Put the words in quotation marks (only if they are the speaker's own words)",
                [new TextEdit(new Text.TextSpan(content.Start, content.Start), QuoteMarks.LeftDouble.ToString()), new TextEdit(new Text.TextSpan(end, end), QuoteMarks.RightDouble.ToString())],
                FixKind.Suggestion);
            context.Report(content, [QuotedWords.First(context.Text, content)], fix: fix);
        }
    }

    /// <summary>
    /// Reported speech after "X said:" whose words start right after the colon with a capital and hold no quotation
    /// marks. A cue that shares its subject ("… and said:", "saying:", "seem to agree:") is left alone: there the colon
    /// more often opens a list or a heading's second half than someone's words.
    /// </summary>
    private static bool IsUnmarkedDirectSpeech(AnalysisContext context, Statement statement)
    {
        if (statement is not { Kind: StatementKind.Indirect, SpeakerIsCueSubject: true, Cue: { Kind: CueKind.Speech } cue, Quotations.Count: 0 })
        {
            return false;
        }
        var tokens = context.Syntax.Tokens[cue.Sentence];
        var colon = cue.EndToken;
        if (colon + 1 >= tokens.Count || tokens[colon].Text != ":")
        {
            return false;
        }
        var start = statement.Content[0].Start;
        // A link's text is a headline or a title ("READ MORE: Outbreak confirmed: Two diagnosed in Beijing"), not the article's report of speech.
        return start == tokens[colon + 1].Span.Start && char.IsUpper(context.Text[start]) && context.LinkHolding(cue.Span) < 0;
    }
}
