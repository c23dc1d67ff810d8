using Attribution.Syntax;

namespace Attribution.Semantics.SpeakerSignals;

/// <summary>
/// A quotation introduced by a colon: the clause before it says whose words follow, often without a verb of
/// saying the reader knows.
/// <code>
/// Sanders made the following comment: “For young people who have graduated high school …”
/// The piece used one of the woman's quotes as its headline: “Finally. Someone who thinks like me.”
/// Partial transcript as follows:
///
/// "WALLACE: Let's start with breaking news on the debate story."
/// </code>
/// </summary>
public sealed class IntroducedByColon : SpeakerSignal
{
    public override string Name => "introduced by a colon";

    public override bool Holds(SemanticModel model, Quotation quotation)
    {
        var text = model.Document.Text;
        var k = quotation.Span.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }
        // Emphasis or a dash between the colon and the mark changes nothing.
        while (k >= 0 && text[k] is '*' or '_' or '—' or '–')
        {
            k--;
        }
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }
        return k >= 0 && text[k] == ':';
    }
}
