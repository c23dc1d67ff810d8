namespace Attribution.Evaluation.Corpus;

/// <summary>The articles of a split and what was found while loading them.</summary>
public sealed record CorpusSplit(string Directory, IReadOnlyList<Article> Articles, LoadReport Report);

/// <summary>
/// Counts from loading a split. A span mismatch is a text-bound annotation whose recorded text differs
/// from the article text at its offsets (after converting code points to UTF-16). <see cref="Problems"/> holds the
/// first descriptions of the <see cref="ProblemCount"/> problems found.
/// </summary>
public sealed record LoadReport(
    int TextFiles,
    int AnnotationFiles,
    IReadOnlyList<string> ArticlesWithSeveralAnnotationFiles,
    IReadOnlyList<string> ArticlesWithoutAnnotationFile,
    int TextBounds,
    int SpanMismatches,
    int SpansOutOfRange,
    int Events,
    int EventsWithoutContent,
    int UnresolvedReferences,
    int ProblemCount,
    IReadOnlyList<string> Problems)
{
    /// <summary>Gold attributions kept: events that have a content.</summary>
    public int Attributions => Events - EventsWithoutContent;
}

/// <summary>The split directory cannot be read as a split; the message is meant for the user as it is.</summary>
public sealed class CorpusLoadException(string message) : Exception(message);
