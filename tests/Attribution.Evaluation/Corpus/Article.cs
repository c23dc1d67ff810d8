using Attribution.Text;

namespace Attribution.Evaluation.Corpus;

/// <summary>
/// One annotated attribution (a brat event), in UTF-16 offsets of the article text. Content, Source and Cue
/// hold every fragment of every argument with that role (<c>Content</c>, <c>Content2</c>, …); a role the
/// annotator left out is an empty list.
/// </summary>
public sealed record GoldAttribution(
    string Id,
    IReadOnlyList<TextSpan> Content,
    IReadOnlyList<TextSpan> Source,
    IReadOnlyList<TextSpan> Cue);

/// <summary>An article of a split: its text and the attributions of the annotation file chosen for it.</summary>
public sealed record Article(
    string Name,
    string TextPath,
    string Text,
    string AnnotationPath,
    IReadOnlyList<GoldAttribution> Attributions);
