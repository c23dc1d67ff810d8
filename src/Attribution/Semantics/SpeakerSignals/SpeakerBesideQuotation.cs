using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics.SpeakerSignals;

/// <summary>
/// Words beside the quotation in its own sentence, or in the sentence that follows it in the paragraph, that
/// name a person or speak: the attribution is there even where the reader did not link it.
/// <code>
/// “Promise mama you'll keep your hands in sight,” Blige sings to Clinton.
/// “This is a big year for our potential United States senator!” Scott's niece, state Del. Marcia "Cia" Price, shouted.
/// “Did you shoot him?” she yells while moving along the street.
/// Smith, Anna (May 2011). "A history of ports". Harbour Press.
/// </code>
/// </summary>
public sealed class SpeakerBesideQuotation : SpeakerSignal
{
    public override string Name => "a speaker beside it";

    public override bool Holds(SemanticModel model, Quotation quotation)
    {
        var syntax = model.Syntax;
        if (syntax.SentenceAt(quotation.Span.Start) is not { } first)
        {
            return false;
        }
        var last = syntax.SentenceAt(Math.Max(quotation.Span.Start, quotation.Span.End - 1)) ?? first;
        var before = new TextSpan(first.Span.Start, quotation.Span.Start);
        var after = new TextSpan(quotation.Span.End, Math.Max(quotation.Span.End, last.Span.End));
        if (NamesOrSpeaks(model, before) || NamesOrSpeaks(model, after))
        {
            return true;
        }
        // The sentence after, when the quotation ends its own: “…!” an officer shouts.
        var next = last.Index + 1;
        return after.Length <= 2 && next < syntax.Sentences.Count && syntax.Sentences[next].Paragraph == last.Paragraph
            && NamesOrSpeaks(model, syntax.Sentences[next].Span);
    }
}
