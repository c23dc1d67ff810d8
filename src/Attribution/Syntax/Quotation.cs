using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>How a quotation is marked in the text.</summary>
public enum QuotationMarking
{
    DoubleMarks,
    SingleMarks,
    BlockElement,
    InlineElement,
}

/// <summary>
/// A span the writer marked as quoted. <see cref="Content"/> holds one span per paragraph it runs over
/// (the words between the marks); <see cref="Span"/> covers the marks too.
/// </summary>
public sealed record Quotation(
    TextSpan Span,
    IReadOnlyList<TextSpan> Content,
    QuotationMarking Marking,
    int Depth)
{
    public TextSpan ContentCover => Content.Count == 0 ? new TextSpan(Span.Start, Span.Start) : TextSpan.Cover(Content[0], Content[^1]);

    public bool RunsOverParagraphs => Content.Count > 1;
}

/// <summary>A quotation mark with no partner: an opening mark never closed, or a closing mark never opened.</summary>
public sealed record UnbalancedMark(TextSpan Span, bool IsOpening);
