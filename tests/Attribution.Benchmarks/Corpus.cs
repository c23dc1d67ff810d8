using Attribution.Documents;

namespace Attribution.Benchmarks;

/// <summary>
/// The real text the benchmarks run on, read at run time from a corpus folder (never part of the repository).
/// The folder is given by <c>--corpus PATH</c> or the <c>ATTRIB_CORPUS</c> variable; it may be a PolNeAR root
/// (its <c>dev/text</c> split is used), a split or any folder of articles.
/// </summary>
internal static class Corpus
{
    public const string Variable = "ATTRIB_CORPUS";

    public static string Root =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } root
            ? root
            : throw new InvalidOperationException($"Set {Variable} or pass --corpus PATH: the folder of articles to measure on.");

    /// <summary>The article files under the corpus folder, in ordinal order.</summary>
    public static IReadOnlyList<InputFile> Files(string? root = null)
    {
        root ??= Root;
        var folder = Directory.Exists(Path.Combine(root, "dev", "text")) ? Path.Combine(root, "dev", "text") : root;
        var found = new InputFileFinder(new InputFileOptions { WorkingDirectory = folder }).Find([folder]);
        if (found.Files.Count == 0)
        {
            throw new InvalidOperationException($"No articles under '{folder}'.");
        }
        return found.Files;
    }

    /// <summary>Every article read into a document, ready for the later stages.</summary>
    public static IReadOnlyList<Document> Documents(IReadOnlyList<InputFile> files)
    {
        var loader = new ArticleLoader();
        return [.. files.Select(loader.Load).OfType<Document>()];
    }

    public static long Bytes(IReadOnlyList<InputFile> files) => files.Sum(f => new FileInfo(f.FullPath).Length);
}
