using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>A paragraph of the analysed text and the sentences in it.</summary>
public sealed record Paragraph(int Index, TextSpan Span)
{
    public int FirstSentence { get; internal set; }

    public int SentenceCount { get; internal set; }
}

/// <summary>A sentence: a span inside one paragraph.</summary>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph);
