using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics.SpeakerSignals;

/// <summary>
/// A speaker carried over from what comes just before: the sentence before in the same paragraph names a person
/// or speaks (an action beat in dialogue, a speaker introduced and then quoted); or the paragraph before ends
/// with a statement that has a speaker, or is itself a quotation (turns of a conversation, a speaker going on in
/// a new paragraph). A person merely named, or a verb of saying with no one saying, in the paragraph before does
/// not carry over.
/// <code>
/// … the mayor said to cheers.
///
/// “But we are not done yet.”
///
/// Mara smiled. “Go to sleep.”
/// His former partner called him a master at bolting deals together. “He showed again and again an ability …”
/// </code>
/// </summary>
public sealed class SpeakerGoesOn : SpeakerSignal
{
    public override string Name => "the speaker before goes on";

    public override bool Holds(SemanticModel model, Quotation quotation)
    {
        var syntax = model.Syntax;
        if (syntax.SentenceAt(quotation.Span.Start) is not { } sentence)
        {
            return false;
        }
        var paragraph = syntax.Paragraphs[sentence.Paragraph];
        if (sentence.Index > paragraph.FirstSentence)
        {
            var previous = syntax.Sentences[sentence.Index - 1];
            return NamesOrSpeaks(model, previous.Span) || IsQuotation(syntax, previous.Span);
        }
        if (paragraph.FirstSentence == 0 || sentence.Paragraph == 0)
        {
            return false;
        }
        var last = syntax.Sentences[paragraph.FirstSentence - 1];
        // Across a paragraph break only a speaker who speaks there carries over: a person merely named need not be the one quoted next.
        return model.HasSpeakerWithin(last.Span) || IsQuotation(syntax, last.Span);
    }

    /// <summary>True when a quotation makes up most of the span: a paragraph of quoted words before this one.</summary>
    private static bool IsQuotation(SyntaxTree syntax, TextSpan span)
    {
        var quoted = syntax.TopLevelQuotationsIn(span).Sum(q => Math.Min(q.Span.End, span.End) - Math.Max(q.Span.Start, span.Start));
        return quoted * 2 >= span.Length;
    }
}
