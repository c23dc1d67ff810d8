using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Sources;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>What one injected error came to: the article, the injection and whether a finding of its rules stood at it.</summary>
public sealed record InjectionOutcome(Article Article, Injection Injection, bool Caught);

/// <summary>A finding on clean, published text: the corpus and file it came from (by name, as the judgements name them).</summary>
public sealed record Finding(string Corpus, string File, string DisplayPath, Diagnostic Diagnostic, SourceText Source)
{
    public JudgementKey Key => new(Corpus, File, Diagnostic.Id, Diagnostic.Span.Start, Diagnostic.Span.End);
}

/// <summary>
/// Checks each clean article, then one copy of it per kind of injected error; an injection is caught when a
/// finding of a rule that owns its kind has its span or a related span overlapping the injection's target.
/// </summary>
public sealed class Measurement(int seed = Seeds.Default)
{
    public const string PolnearCorpus = "polnear";

    private readonly Checker _checker = new();
    private readonly ArticleLoader _loader = new();

    public (IReadOnlyList<InjectionOutcome> Injections, IReadOnlyList<Finding> Clean) Run(IReadOnlyList<Article> articles)
    {
        var outcomes = new (List<InjectionOutcome> Injections, List<Finding> Clean)[articles.Count];
        // The credit patterns are compiled by the JIT on their first match, under the match timeout: warmed here once,
        // so that no article's credits are lost to that first compilation racing the parallel checks.
        Attribution.Semantics.Citations.Credits.CreditFinder.Default.Find("According to Reuters, the AP reported.");
        Parallel.For(0, articles.Count, i => outcomes[i] = Measure(articles[i]));
        return ([.. outcomes.SelectMany(o => o.Injections)], [.. outcomes.SelectMany(o => o.Clean)]);
    }

    public (List<InjectionOutcome> Injections, List<Finding> Clean) Measure(Article article)
    {
        // The clean article is the cited source of its own quotations and of every injected copy's (ATTR011, ATTR016):
        // checked against itself it must give no finding of those rules.
        var document = Parse(article, article.Text);
        var checker = new Checker(AnalyzerCatalog.All, CheckerOptions.Default with { Sources = new SingleSource(new SourceDocument(article.Path, document)) });
        var clean = checker.Check(document);
        var findings = clean.Diagnostics
            .Select(d => new Finding(PolnearCorpus, article.Name, article.Path, d, clean.Document.Source))
            .ToList();
        var injections = new List<InjectionOutcome>();
        foreach (var kind in Enum.GetValues<InjectionKind>())
        {
            if (Inject(kind, article, clean, Seeds.For(article.Name, seed, kind)) is { } injection)
            {
                injections.Add(new InjectionOutcome(article, injection, IsCaught(checker.Check(Parse(article, injection.NewText, injection.ReadAs)), injection)));
            }
        }
        return (injections, findings);
    }

    public static Injection? Inject(InjectionKind kind, Article article, DocumentResult clean, Random random) => kind switch
    {
        InjectionKind.Role => RoleInjector.Inject(clean.Model, OfficeLexicon.Default, random),
        InjectionKind.Spelling => SpellingInjector.Inject(clean.Model, random),
        InjectionKind.TitleSpelling => TitleSpellingInjector.Inject(article.Text, OfficeLexicon.Default, random),
        InjectionKind.DoubledWord => DoubledWordInjector.Inject(article, random),
        InjectionKind.ClosingMark => ClosingMarkInjector.Inject(article.Text, random),
        InjectionKind.RemovedAttribution => AttributionRemovalInjector.Inject(article, random),
        InjectionKind.RepeatedQuotation => RepeatedQuotationInjector.Inject(article, clean.Model, random),
        InjectionKind.AlteredRepeat => AlteredRepeatInjector.Inject(article, clean.Model, random),
        InjectionKind.RecordTitle => RecordTitleInjector.Inject(clean.Model, OfficeLexicon.Default, Attribution.Records.PublicRecords.Default, random),
        InjectionKind.CreditLink => CreditLinkInjector.Inject(article, random),
        InjectionKind.AlteredQuotation or InjectionKind.ReplacedQuotation or InjectionKind.SwappedSpeaker => QuotationWordingInjector.Inject(kind, article, random),
        _ => null,
    };

    public DocumentResult Check(Article article, string text, string? readAs = null) => _checker.Check(Parse(article, text, readAs));

    /// <summary>The article's text read as the checker reads it (as another format where an injection says so), dated by the corpus.</summary>
    private Document Parse(Article article, string text, string? readAs = null)
    {
        var parsed = _loader.Parse(text, readAs is null ? article.Path : System.IO.Path.ChangeExtension(article.Path, readAs));
        return new Document(parsed.Path, parsed.Source, parsed.Text, parsed.Map, parsed.Metadata with { Date = article.Date }, parsed.QuoteRegions)
        {
            Links = parsed.Links,
            CitedWorks = parsed.CitedWorks,
        };
    }

    public static bool IsCaught(DocumentResult result, Injection injection)
    {
        var rules = InjectionRules.For(injection.Kind);
        return result.Diagnostics.Any(d => rules.Contains(d.Id)
            && (Overlaps(d.Span, injection.Target) || d.RelatedLocations.Any(r => Overlaps(r.Span, injection.Target))));
    }

    /// <summary>Overlapping spans; an empty span (a finding at a point) overlaps a span it stands inside.</summary>
    private static bool Overlaps(TextSpan a, TextSpan b) => (a.Start < b.End && b.Start < a.End) || (a.Length == 0 && b.Start <= a.Start && a.Start < b.End);
}
