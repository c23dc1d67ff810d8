using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

public enum StatementKind
{
    /// <summary>A quotation of a full sentence or more.</summary>
    Direct,

    /// <summary>A quoted phrase inside a sentence of the writer's.</summary>
    Partial,

    /// <summary>A short quoted phrase with no speech cue: "great game".</summary>
    Scare,

    /// <summary>A block quotation.</summary>
    Block,

    /// <summary>The name of a work or a programme in quotation marks: on CBS's “Face the Nation”.</summary>
    Title,

    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}

public enum SpeakerKind
{
    Name,
    Role,
    Pronoun,
    Group,
    Organisation,
}

/// <summary>Who a statement is credited to: the mention as it stands in the text and the person it resolves to.</summary>
public sealed record Speaker(TextSpan Span, SpeakerKind Kind, Mention? Mention)
{
    /// <summary>The person the mention refers to, when it could be resolved.</summary>
    public Person? Person { get; init; }

    /// <summary>True when the text names no one: officials, sources, experts, a source familiar with…</summary>
    public bool IsAnonymous { get; init; }
}

/// <summary>A quotation or reported statement: what was said (one span per fragment), the cue and the speaker.</summary>
public sealed record Statement(
    StatementKind Kind,
    IReadOnlyList<TextSpan> Content,
    Cue? Cue,
    Speaker? Speaker,
    IReadOnlyList<Quotation> Quotations)
{
    /// <summary>Further mentions the text uses for the same speaker (a sentence that introduces the quote).</summary>
    public IReadOnlyList<Speaker> OtherSpeakers { get; init; } = [];

    public TextSpan ContentCover => TextSpan.Cover(Content[0], Content[^1]);

    /// <summary>
    /// In reported speech, the speaker is the cue's own subject ("Zardari said …", "…, said Zardari"), not one the cue
    /// shares with another verb ("… and said …", "…, saying …", "appeared to say …").
    /// </summary>
    public bool SpeakerIsCueSubject { get; init; }
}
