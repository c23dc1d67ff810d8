using System.Globalization;
using System.Text;
using Attribution.Evaluation.Corpus;

namespace Attribution.RuleBenchmark;

/// <summary>One clean article of the corpus: its path, text, publication date and, where the split has them, its annotated attributions.</summary>
public sealed record Article(string Path, string Name, string Text, DateOnly? Date, IReadOnlyList<GoldAttribution>? Gold = null)
{
    /// <summary>The annotated attributions; empty when the split has none for this article.</summary>
    public IReadOnlyList<GoldAttribution> Attributions => Gold ?? [];
}

/// <summary>Reads a corpus split: its <c>text/*.txt</c> files (or the folder's own .txt files) and the dates in <c>metadata.tsv</c>.</summary>
public static class Corpus
{
    public static IReadOnlyList<Article> Load(string directory, out string? metadataPath)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"'{directory}' is not a directory");
        }
        var textDirectory = Directory.Exists(System.IO.Path.Combine(directory, "text")) ? System.IO.Path.Combine(directory, "text") : directory;
        var files = Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"'{directory}' holds no .txt articles (looked in '{textDirectory}')");
        }
        metadataPath = new[] { System.IO.Path.Combine(directory, "metadata.tsv"), System.IO.Path.Combine(directory, "..", "metadata.tsv") }.FirstOrDefault(File.Exists);
        var dates = metadataPath is null ? new Dictionary<string, DateOnly>() : ReadDates(metadataPath);
        var annotations = System.IO.Path.Combine(directory, "attributions");
        var annotationFiles = Directory.Exists(annotations)
            ? Directory.GetFiles(annotations, "*.ann").GroupBy(SplitLoader.ArticleNameOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal)
            : [];
        return [.. files.Select(f =>
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(f);
            var text = File.ReadAllText(f, Encoding.UTF8);
            var gold = annotationFiles.TryGetValue(name, out var annotation)
                ? SplitLoader.ToGold(name, text, BratStandoffParser.Parse(File.ReadAllText(annotation, Encoding.UTF8)), new SplitLoader.Tally())
                : null;
            return new Article(f, name, text, dates.TryGetValue(name, out var date) ? date : null, gold);
        })];
    }

    /// <summary>The publication_date column by filename (without extension).</summary>
    public static Dictionary<string, DateOnly> ReadDates(string path)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var nameColumn = Array.IndexOf(header, "filename");
        var dateColumn = Array.IndexOf(header, "publication_date");
        if (nameColumn < 0 || dateColumn < 0)
        {
            throw new InvalidDataException($"'{path}' has no filename and publication_date columns");
        }
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length > Math.Max(nameColumn, dateColumn)
                && DateOnly.TryParseExact(cells[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates[System.IO.Path.GetFileNameWithoutExtension(cells[nameColumn])] = date;
            }
        }
        return dates;
    }
}
