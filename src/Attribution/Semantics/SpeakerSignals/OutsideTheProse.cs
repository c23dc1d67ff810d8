using Attribution.Syntax;

namespace Attribution.Semantics.SpeakerSignals;

/// <summary>
/// A quotation in the article's headline: a headline quotes to tease, and the article names the speaker.
/// <code>
/// ‘He died in my hands’: three demonstrators killed in clashes near a fuel plant
/// </code>
/// </summary>
public sealed class OutsideTheProse : SpeakerSignal
{
    public override string Name => "in the headline";

    public override bool Holds(SemanticModel model, Quotation quotation) => model.Document.IsInHeadline(quotation.Span);
}
