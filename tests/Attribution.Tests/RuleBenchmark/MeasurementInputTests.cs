using Attribution.RuleBenchmark;

namespace Attribution.Tests.RuleBenchmark;

/// <summary>The measurement's inputs: a corpus split with its metadata, and the floors file.</summary>
public class MeasurementInputTests
{
    [Fact]
    public void Reads_the_articles_of_a_split_and_their_dates_from_the_metadata_beside_it()
    {
        using var root = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(root.Path, "dev", "text"));
        File.WriteAllText(Path.Combine(root.Path, "dev", "text", "b.txt"), "Second.");
        File.WriteAllText(Path.Combine(root.Path, "dev", "text", "a.txt"), "First.");
        File.WriteAllText(Path.Combine(root.Path, "metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\ta\t2016-09-12\n");
        var articles = Corpus.Load(Path.Combine(root.Path, "dev"), out var metadata);
        Assert.NotNull(metadata);
        Assert.Equal(["a", "b"], articles.Select(a => a.Name));
        Assert.Equal(new DateOnly(2016, 9, 12), articles[0].Date);
        Assert.Null(articles[1].Date);
    }

    [Fact]
    public void Refuses_a_path_that_is_not_a_split()
    {
        using var root = new TempDirectory();
        Assert.Throws<DirectoryNotFoundException>(() => Corpus.Load(Path.Combine(root.Path, "missing"), out _));
        Assert.Throws<FileNotFoundException>(() => Corpus.Load(root.Path, out _));
    }

    [Fact]
    public void Checks_minimums_and_maximums()
    {
        using var root = new TempDirectory();
        var path = Path.Combine(root.Path, "floors.json");
        File.WriteAllText(path, """{"minimum": {"roles.caught": 0.95}, "maximum": {"clean.findings.per40articles": 1.0}}""");
        var floors = Floors.Load(path);
        Assert.Empty(floors.Check(new Dictionary<string, double> { ["roles.caught"] = 0.96, ["clean.findings.per40articles"] = 1.0 }));
        Assert.Equal(2, floors.Check(new Dictionary<string, double> { ["roles.caught"] = 0.9, ["clean.findings.per40articles"] = 1.5 }).Count);
        Assert.Throws<InvalidDataException>(() => floors.Check(new Dictionary<string, double>()));
    }

    [Fact]
    public void Refuses_a_floors_file_that_is_not_json()
    {
        using var root = new TempDirectory();
        var path = Path.Combine(root.Path, "floors.json");
        File.WriteAllText(path, "not json");
        Assert.Throws<InvalidDataException>(() => Floors.Load(path));
    }
}
