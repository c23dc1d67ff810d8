using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics.SpeakerSignals;

/// <summary>
/// Something in the text around a quotation that a reader takes as naming its speaker, even where the
/// statement reader could not link the two. A quotation with any such signal is not "without a speaker": the
/// checker cannot tell, so it stays quiet. Each signal is one convention of English prose, with its examples.
/// </summary>
public abstract class SpeakerSignal
{
    /// <summary>Every signal, in the order they are tried.</summary>
    public static IReadOnlyList<SpeakerSignal> All { get; } =
    [
        new IntroducedByColon(),
        new SpeakerBesideQuotation(),
        new SpeakerGoesOn(),
        new OutsideTheProse(),
    ];

    /// <summary>The first signal that names a speaker for the quotation, or null when the text offers none.</summary>
    public static SpeakerSignal? Find(SemanticModel model, Quotation quotation) =>
        All.FirstOrDefault(s => s.Holds(model, quotation));

    /// <summary>A short name for reports and tests.</summary>
    public abstract string Name { get; }

    public abstract bool Holds(SemanticModel model, Quotation quotation);

    /// <summary>True when the words of the span, outside any quotation, name or stand for a person, or speak: a cue, a statement noun, a mention or a personal pronoun.</summary>
    protected static bool NamesOrSpeaks(SemanticModel model, TextSpan span)
    {
        var syntax = model.Syntax;
        if (span.IsEmpty || syntax.SentenceAt(span.Start) is not { } first)
        {
            return false;
        }
        var last = syntax.SentenceAt(span.End - 1)?.Index ?? first.Index;
        for (var sentence = first.Index; sentence <= last; sentence++)
        {
            if (syntax.CuesInSentence(sentence).Any(c => span.Contains(c.Span) && !syntax.IsInsideQuotedContent(c.Span))
                || syntax.MentionsInSentence(sentence).Any(m => span.Contains(m.Span) && !syntax.IsInsideQuotedContent(m.Span)))
            {
                return true;
            }
        }
        if (model.HasSpeakerWithin(span))
        {
            return true;
        }
        foreach (var token in Tokenizer.Tokenize(model.Document.Text, span))
        {
            if (token.IsWord && (Lexicons.PersonalPronouns.Contains(token) || Lexicons.StatementNouns.Contains(token))
                && !syntax.IsInsideQuotedContent(token.Span))
            {
                return true;
            }
        }
        return false;
    }
}
