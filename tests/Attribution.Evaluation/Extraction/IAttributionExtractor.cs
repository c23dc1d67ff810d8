using Attribution.Text;

namespace Attribution.Evaluation.Extraction;

/// <summary>Finds the attributions of one article. Implementations must be safe to call again on the same text.</summary>
public interface IAttributionExtractor
{
    /// <param name="path">The article's file path (for extractors that choose a reader by extension).</param>
    /// <param name="text">The article text; every returned span is in UTF-16 offsets of this string.</param>
    IReadOnlyList<PredictedAttribution> Extract(string path, string text);
}

/// <summary>
/// One predicted attribution in UTF-16 offsets of the article text: what was said (one or more fragments),
/// who said it and the cue word or phrase, when the extractor found them.
/// </summary>
public sealed record PredictedAttribution(IReadOnlyList<TextSpan> Content, TextSpan? Source, TextSpan? Cue);
