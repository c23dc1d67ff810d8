using System.Text.RegularExpressions;
using Attribution.Analyzers;
using Attribution.Registry;

namespace Attribution.Tests.Rules;

/// <summary>
/// Keeps the catalogue honest: unique ids, a page per rule, and each page's examples behave as it says. A page
/// whose rule needs a roles registry gives it as a ```yaml block under "## Registry": its examples are checked
/// with that registry, loaded from a real file.
/// </summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> Ids => [.. AnalyzerCatalog.All.Select(a => a.Descriptor.Id)];

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = AnalyzerCatalog.All.Select(a => a.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^ATTR\\d{3}$", id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_its_page_beside_its_class(string id)
    {
        var page = AnalyzerCatalog.Page(id);
        Assert.NotNull(page);
        Assert.StartsWith($"# {id}:", page);
        foreach (var section in new[] { "## What it finds", "## Why it matters", "## Bad", "## Good", "## How to suppress" })
        {
            Assert.Contains(section, page);
        }
        var descriptor = AnalyzerCatalog.Find(id)!;
        Assert.True(File.Exists(Path.Combine(RuleTester.RepositoryRoot, descriptor.HelpLink)), descriptor.HelpLink);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_bad_example_is_reported_and_the_good_one_is_not(string id)
    {
        var page = AnalyzerCatalog.Page(id)!;
        var options = CheckerOptions.Default with { Registry = PageRegistry(page), Sources = RuleTester.PageSource(page) };
        Assert.NotEmpty(RuleTester.Run(Example(page, "Bad"), id, options));
        Assert.Empty(RuleTester.Run(Example(page, "Good"), id, options));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_page_registry_is_what_makes_its_bad_example_fail(string id)
    {
        var page = AnalyzerCatalog.Page(id)!;
        if (PageRegistry(page) is not null)
        {
            Assert.Empty(RuleTester.Run(Example(page, "Bad"), id));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_page_source_is_what_makes_its_bad_example_fail(string id)
    {
        var page = AnalyzerCatalog.Page(id)!;
        if (RuleTester.PageSource(page) is not null)
        {
            Assert.Empty(RuleTester.Run(Example(page, "Bad"), id));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_runs_on_empty_input(string id) => Assert.Empty(RuleTester.Run("", id));

    private static string Example(string page, string heading)
    {
        var match = ExampleBlock(heading).Match(page);
        Assert.True(match.Success, $"no ```text block under ## {heading}");
        return match.Groups[1].Value.TrimEnd('\n');
    }

    private static Regex ExampleBlock(string heading) => new($"## {heading}\\n```text\\n(.*?)```", RegexOptions.Singleline);

    /// <summary>The registry a page names for its examples, written to a temporary file and loaded as a user's would be; null when it names none.</summary>
    private static RolesRegistry? PageRegistry(string page)
    {
        var section = RegistrySection().Match(page);
        if (!section.Success)
        {
            return null;
        }
        var block = YamlBlock().Match(section.Groups[1].Value);
        Assert.True(block.Success, "no ```yaml block under ## Registry");
        using var directory = new TempDirectory();
        return RolesRegistry.Load(directory.Write("registry.yaml", block.Groups[1].Value), "registry.yaml");
    }

    [GeneratedRegex(@"^## Registry\n(.*?)(?=^## |\z)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex RegistrySection();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
