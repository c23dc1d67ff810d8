namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>
/// The fuzz corpus (<c>Hardening/Corpus</c>): inputs that once crashed or hung the checker, found by the fuzzer or
/// written by hand, and inputs that reach rarely taken paths. Each goes through the whole pipeline on every test run;
/// <c>tests/fuzz/run</c> adds what it finds.
/// </summary>
public sealed class CorpusRegressionTests
{
    private static string CorpusDirectory => Path.Combine(RuleTester.RepositoryRoot, "tests", "Attribution.Tests", "Hardening", "Corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(CorpusDirectory).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_inputs_of_every_format()
    {
        var extensions = Directory.EnumerateFiles(CorpusDirectory).Select(Path.GetExtension).ToHashSet();

        Assert.Superset(new HashSet<string?> { ".txt", ".md", ".html" }, extensions);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_input_is_read_and_checked_or_refused_as_an_input_error(string name) =>
        FuzzOracle.CheckFile(new FuzzInput(name, File.ReadAllBytes(Path.Combine(CorpusDirectory, name))));
}
