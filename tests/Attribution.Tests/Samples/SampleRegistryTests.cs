using Attribution.Registry;

namespace Attribution.Tests.Samples;

/// <summary>The seed article against the bundled registry (samples/registry.yaml).</summary>
public class SampleRegistryTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt"));
    private static readonly CheckerOptions Options = new()
    {
        Registry = RolesRegistry.Load(Path.Combine(RuleTester.RepositoryRoot, "samples", "registry.yaml"), "samples/registry.yaml"),
    };

    [Fact]
    public void Without_an_article_date_only_year_anchored_claims_are_compared_and_none_contradicts() =>
        Assert.Empty(RuleTester.Run(Text, "ATTR007", Options));

    [Fact]
    public void Dated_in_June_2009_the_Russian_Prime_Minister_who_speaks_for_Medvedev_contradicts_the_registry()
    {
        var found = Assert.Single(RuleTester.Run(Text, "ATTR007", Options, new DateOnly(2009, 6, 20)));
        Assert.Equal("the Russian Prime Minister", RuleTester.At(Text, found));
        Assert.Equal(
            "Dmitry Medvedev was not Prime Minister (Russia) on 2009-06-20: the registry has President (Russia) from 2008-05-07 to 2012-05-07 (samples/registry.yaml, line 10)",
            found.Message);
    }
}
