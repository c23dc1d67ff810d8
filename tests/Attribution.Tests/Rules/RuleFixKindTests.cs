using System.Text.RegularExpressions;
using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Registry;
using Attribution.Syntax;

namespace Attribution.Tests.Rules;

/// <summary>
/// A rule offers only the kinds of change its descriptor declares, and a fix never touches quoted words. Every rule
/// is driven over the samples, its page's bad example and the inputs below, which trigger each declared kind.
/// </summary>
public partial class RuleFixKindTests
{
    /// <summary>Inputs that make rules offer the kinds the samples and pages do not show.</summary>
    private static readonly string[] TriggeringInputs =
    [
        // ATTR013 apart: a suggestion; side by side inside a quotation: a suggestion too.
        "A spokesman of Mumbai International Airport Limited spokesman said the runway was closed.",
        "The minister said: “I met the Russian Russian president Dmitry Medvedev in May.” She left.",
        // ATTR003 and ATTR004 inside a quotation.
        "General Vladimir Boldyrev met the delegation. General Vladimir Boldyrev spoke first. “We thanked General Vladimir Bolyrev,” Ms. Ames said.",
        "“Genral Ashfaq Parvez Kayani met us,” the mayor said.",
    ];

    private static readonly Lazy<IReadOnlyList<(Document Document, Diagnostic Diagnostic)>> Findings = new(CollectFindings);

    public static TheoryData<string> Ids => [.. AnalyzerCatalog.All.Select(a => a.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_rule_offers_exactly_the_kinds_of_change_it_declares(string id)
    {
        var descriptor = AnalyzerCatalog.Find(id)!;
        var found = Findings.Value.Where(f => f.Diagnostic.Id == id).Select(f => f.Diagnostic).ToList();
        Assert.NotEmpty(found);
        var offered = found.Where(d => d.Fix is not null).Select(d => d.Fix!.Kind).Distinct().ToList();
        Assert.All(offered, kind => Assert.True(descriptor.Declares(kind), $"{id} offers a {kind} it does not declare"));
        foreach (var kind in new[] { FixKind.Fix, FixKind.Suggestion })
        {
            Assert.True(!descriptor.Declares(kind) || offered.Contains(kind), $"{id} declares a {kind} that no input makes it offer");
        }
    }

    [Fact]
    public void A_fix_never_touches_the_words_inside_a_quotation()
    {
        var fixes = Findings.Value.Where(f => f.Diagnostic.Fix is { Kind: FixKind.Fix }).ToList();
        Assert.NotEmpty(fixes);
        foreach (var (document, diagnostic) in fixes)
        {
            var syntax = SyntaxTree.Parse(document);
            var quoted = syntax.Quotations.SelectMany(q => q.Content).Concat(document.QuoteRegions.Select(r => r.Span)).Select(document.Map.ToSource).ToList();
            foreach (var edit in diagnostic.Fix!.Edits)
            {
                Assert.DoesNotContain(quoted, q => q.OverlapsWith(edit.Span) || (edit.Span.IsEmpty && edit.Span.Start > q.Start && edit.Span.Start < q.End));
            }
        }
    }

    [Fact]
    public void A_fix_inside_a_quotation_is_offered_as_a_suggestion()
    {
        var found = Assert.Single(RuleTester.Run(TriggeringInputs[3], "ATTR004"));
        Assert.Equal(FixKind.Suggestion, found.Fix!.Kind);
        var outside = Assert.Single(RuleTester.Run("Genral Ashfaq Parvez Kayani met us, the mayor said.", "ATTR004"));
        Assert.Equal(FixKind.Fix, outside.Fix!.Kind);
    }

    private static IReadOnlyList<(Document, Diagnostic)> CollectFindings()
    {
        var root = RuleTester.RepositoryRoot;
        var registry = RolesRegistry.Load(Path.Combine(root, "samples", "registry.yaml"), "samples/registry.yaml");
        var checker = new Checker(AnalyzerCatalog.All, CheckerOptions.Default with { Registry = registry });
        var loader = new ArticleLoader();
        var documents = new List<Document>();
        foreach (var sample in Samples.SampleReportSnapshotTests.SamplePaths())
        {
            documents.Add(loader.Load(new InputFile(Path.Combine(root, sample), sample))!);
        }
        var withSources = new List<(Document, Diagnostic)>();
        foreach (var analyzer in AnalyzerCatalog.All)
        {
            var page = AnalyzerCatalog.Page(analyzer.Descriptor.Id)!;
            var bad = loader.Parse(BadExample().Match(page).Groups[1].Value, $"{analyzer.Descriptor.Id}.txt");
            if (RuleTester.PageSource(page) is { } source)
            {
                // A rule that compares quotations with their source shows its changes only with one.
                var sourceChecker = new Checker(AnalyzerCatalog.All, CheckerOptions.Default with { Registry = registry, Sources = source });
                withSources.AddRange(sourceChecker.Check(bad).Diagnostics.Select(diagnostic => (bad, diagnostic)));
                continue;
            }
            documents.Add(bad);
        }
        documents.AddRange(TriggeringInputs.Select((text, i) => loader.Parse(text, $"input{i}.txt")));
        return [.. documents.SelectMany(d => checker.Check(d).Diagnostics.Select(diagnostic => (d, diagnostic))), .. withSources];
    }

    [GeneratedRegex("## Bad\\n```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BadExample();
}
