using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Consistency;

/// <summary>What one injected error came to: the article, the injection and whether a finding stood at it.</summary>
public sealed record InjectionOutcome(Article Article, Injection Injection, bool Caught);

/// <summary>A finding of ATTR001–ATTR004 on a clean article.</summary>
public sealed record CleanFinding(Article Article, Diagnostic Diagnostic, SourceText Source);

/// <summary>The measurement over one split.</summary>
public sealed record MeasurementResult(
    int Articles,
    int ArticlesWithDates,
    IReadOnlyList<InjectionOutcome> Roles,
    IReadOnlyList<InjectionOutcome> Misspellings,
    IReadOnlyList<CleanFinding> CleanFindings)
{
    public static double Share(IReadOnlyList<InjectionOutcome> outcomes) => outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o.Caught) / outcomes.Count;

    public double CleanFindingsPer40Articles => Articles == 0 ? 0 : CleanFindings.Count * 40.0 / Articles;

    /// <summary>The metrics by the names the floors file uses.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["roles.caught"] = Share(Roles),
        ["misspellings.caught"] = Share(Misspellings),
        ["clean.findings.per40articles"] = CleanFindingsPer40Articles,
    };
}

/// <summary>
/// Checks each clean article, then the same article with one injected role contradiction and, separately,
/// one injected misspelling; an injection is caught when a finding of the rule that owns it (ATTR001/ATTR002
/// for roles, ATTR003 for names) has its span or a related span overlapping the injected text.
/// </summary>
public sealed class Measurement(int seed = Seeds.Default)
{
    public static readonly IReadOnlySet<string> ConsistencyRules = new HashSet<string>(StringComparer.Ordinal) { "ATTR001", "ATTR002", "ATTR003", "ATTR004" };

    private static readonly IReadOnlySet<string> RoleRules = new HashSet<string>(StringComparer.Ordinal) { "ATTR001", "ATTR002" };

    private static readonly IReadOnlySet<string> NameRules = new HashSet<string>(StringComparer.Ordinal) { "ATTR003" };

    private readonly Checker _checker = new();
    private readonly ArticleLoader _loader = new();

    public MeasurementResult Run(IReadOnlyList<Article> articles)
    {
        var outcomes = new (InjectionOutcome? Role, InjectionOutcome? Spelling, List<CleanFinding> Clean)[articles.Count];
        Parallel.For(0, articles.Count, i => outcomes[i] = Measure(articles[i]));
        return new MeasurementResult(
            articles.Count,
            articles.Count(a => a.Date is not null),
            [.. outcomes.Where(o => o.Role is not null).Select(o => o.Role!)],
            [.. outcomes.Where(o => o.Spelling is not null).Select(o => o.Spelling!)],
            [.. outcomes.SelectMany(o => o.Clean)]);
    }

    public (InjectionOutcome? Role, InjectionOutcome? Spelling, List<CleanFinding> Clean) Measure(Article article)
    {
        var clean = Check(article, article.Text);
        var findings = clean.Diagnostics.Where(d => ConsistencyRules.Contains(d.Id)).Select(d => new CleanFinding(article, d, clean.Document.Source)).ToList();
        var role = RoleInjector.Inject(clean.Model, OfficeLexicon.Default, Seeds.For(article.Name, seed, InjectionKind.Role));
        var spelling = SpellingInjector.Inject(clean.Model, Seeds.For(article.Name, seed, InjectionKind.Spelling));
        return (
            role is null ? null : new InjectionOutcome(article, role, IsCaught(Check(article, role.NewText), role.Span, RoleRules)),
            spelling is null ? null : new InjectionOutcome(article, spelling, IsCaught(Check(article, spelling.NewText), spelling.Span, NameRules)),
            findings);
    }

    public DocumentResult Check(Article article, string text)
    {
        var parsed = _loader.Parse(text, article.Path);
        var document = new Document(parsed.Path, parsed.Source, parsed.Text, parsed.Map, parsed.Metadata with { Date = article.Date }, parsed.QuoteRegions);
        return _checker.Check(document);
    }

    public static bool IsCaught(DocumentResult result, TextSpan injected, IReadOnlySet<string> rules) =>
        result.Diagnostics.Any(d => rules.Contains(d.Id) && (Overlaps(d.Span, injected) || d.RelatedLocations.Any(r => Overlaps(r.Span, injected))));

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
