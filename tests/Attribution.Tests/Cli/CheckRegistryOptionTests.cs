using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>attrib check --registry, run in process on real files.</summary>
public sealed class CheckRegistryOptionTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static (int Code, string Output, string Error) Run(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, currentDirectory);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_registry_reports_the_claims_it_contradicts()
    {
        _directory.Write("article.txt", "In 2009, Russian Prime Minister Dmitry Medvedev visited Islamabad.\n");
        _directory.Write("registry/people.yaml", "people:\n  - name: Dmitry Medvedev\n    roles:\n      - { office: president, jurisdiction: Russia, from: 2008-05-07, to: 2012-05-07 }\n");
        var (code, output, error) = Run(_directory.Path, "check", "article.txt", "--registry", "registry/people.yaml");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains(
            "article.txt(1,10): warning ATTR007: Dmitry Medvedev was not Prime Minister (Russia) in 2009: the registry has President (Russia) from 2008-05-07 to 2012-05-07 (registry/people.yaml, line 4)",
            output);
        Assert.DoesNotContain("ATTR007", Run(_directory.Path, "check", "article.txt").Output);
    }

    [Fact]
    public void A_missing_registry_is_one_input_error_and_exit_2()
    {
        _directory.Write("article.txt", "In 2009, Russian Prime Minister Dmitry Medvedev visited Islamabad.\n");
        var (code, output, error) = Run(_directory.Path, "check", "article.txt", "--registry", "nobody.yaml");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("attrib: registry nobody.yaml: no such file" + Environment.NewLine, error);
    }

    [Fact]
    public void An_invalid_registry_is_one_input_error_naming_the_file_and_line()
    {
        _directory.Write("article.txt", "Text.\n");
        _directory.Write("people.yaml", "people:\n  - name: Dmitry Medvedev\n    roles:\n      - { office: president, jurisdiction: Russia, from: 2008-05-07, to: 2007 }\n");
        var (code, _, error) = Run(_directory.Path, "check", "article.txt", "--registry", "people.yaml");
        Assert.Equal(2, code);
        Assert.Equal("attrib: registry people.yaml, line 4: 'to' 2007 is before 'from' 2008-05-07" + Environment.NewLine, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void The_seed_article_with_the_sample_registry_and_no_date_has_no_contradiction()
    {
        // Its only year-anchored Russian premiership is Fradkov's in 2007, which he held until September.
        var (code, output, _) = Run(RuleTester.RepositoryRoot, "check", "samples/seed-article.txt", "--registry", "samples/registry.yaml");
        Assert.Equal(1, code);
        Assert.DoesNotContain("ATTR007", output);
        Assert.Contains("1 file checked, 0 errors, 3 warnings, 6 info", output);
    }
}
