using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;

namespace Attribution.Evaluation.Scoring;

public enum ErrorKind
{
    /// <summary>A gold attribution no prediction was matched to.</summary>
    Missed,

    /// <summary>A prediction matched to no gold attribution.</summary>
    Spurious,

    /// <summary>A matched pair whose contents differ under the exact criterion.</summary>
    WrongBoundary,

    /// <summary>A matched pair whose sources disagree: one is missing, or they do not overlap.</summary>
    WrongSpeaker,
}

/// <summary>One error, with what is needed to show it: the article and the attributions involved.</summary>
public sealed record ErrorCase(ErrorKind Kind, Article Article, GoldAttribution? Gold, PredictedAttribution? Predicted);
