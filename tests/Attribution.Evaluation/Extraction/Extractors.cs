namespace Attribution.Evaluation.Extraction;

/// <summary>The extractors the harness can run, by the name given to <c>--extractor</c>.</summary>
public static class Extractors
{
    public const string Library = "library";
    public const string Naive = "naive";

    public static IReadOnlyList<string> Names { get; } = [Library, Naive];

    public static IAttributionExtractor Create(string name) => name switch
    {
        Library => new LibraryExtractor(),
        Naive => new NaiveRegexExtractor(),
        _ => throw new ArgumentException($"unknown extractor '{name}' (expected {string.Join(" or ", Names)})", nameof(name)),
    };
}
