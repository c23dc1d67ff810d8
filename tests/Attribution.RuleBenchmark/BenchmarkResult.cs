using System.Globalization;
using Attribution.Analyzers;

namespace Attribution.RuleBenchmark;

/// <summary>One rule's measured precision on published text and recall on injected errors.</summary>
public sealed record RuleScore(DiagnosticDescriptor Rule, int Real, int False, int Unjudged, int Caught, int Injected)
{
    public double? Precision => Real + False == 0 ? null : (double)Real / (Real + False);

    public double? Recall => Injected == 0 ? null : (double)Caught / Injected;

    /// <summary>The severity the measured precision allows: error at 95% or more, warning at 80%, else info; a rule with no finding on the real text is at most a warning.</summary>
    public DiagnosticSeverity MaximumSeverity => Precision switch
    {
        >= 0.95 => DiagnosticSeverity.Error,
        >= 0.80 or null => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>The line a rule's page carries, so that the page states what the benchmark measures.</summary>
    public string PageLine => string.Create(CultureInfo.InvariantCulture,
        $"Measured by the rule benchmark: precision {Percent(Precision, Real, Real + False, "findings on published text")}; recall {Percent(Recall, Caught, Injected, "injected errors")}.");

    private static string Percent(double? value, int part, int whole, string what) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0}% ({part} of {whole} {what})") : $"not measured (no {what})";
}

/// <summary>Everything the benchmark measured.</summary>
public sealed record BenchmarkResult(
    int Articles,
    int WebPages,
    IReadOnlyList<InjectionOutcome> Injections,
    IReadOnlyList<Finding> DevFindings,
    IReadOnlyList<Finding> WebFindings,
    Judgements Judgements)
{
    public IEnumerable<Finding> AllFindings => DevFindings.Concat(WebFindings);

    public IEnumerable<Finding> Unjudged => AllFindings.Concat(RecordFindingsOnTrain).Where(f => Judgements.Find(f.Key) is null);

    /// <summary>The rule whose false alarms are also counted on the clean articles used only for injection.</summary>
    public const string RecordRule = "ATTR014";

    /// <summary>The public-record rule's findings on the clean articles of the injection-only splits: judged like the others, kept out of precision.</summary>
    public IReadOnlyList<Finding> RecordFindingsOnTrain { get; init; } = [];

    /// <summary>The public-record rule's findings on all clean polnear articles (dev and the injection-only splits) not judged real.</summary>
    public int RecordFalseAlarms => DevFindings.Where(f => f.Diagnostic.Id == RecordRule).Concat(RecordFindingsOnTrain).Count(f => Judgements.Find(f.Key) is not { Real: true });

    /// <summary>Warnings and errors judged false, or not judged yet (counted against the rule until they are).</summary>
    public static int FalseAlarms(IEnumerable<Finding> findings, Judgements judgements) =>
        findings.Count(f => f.Diagnostic.Severity != DiagnosticSeverity.Info && judgements.Find(f.Key) is not { Real: true });

    public IReadOnlyList<RuleScore> Scores => [.. AnalyzerCatalog.All.Select(a => a.Descriptor).Select(rule =>
    {
        var findings = AllFindings.Where(f => f.Diagnostic.Id == rule.Id).Select(f => Judgements.Find(f.Key)).ToList();
        var owned = Injections.Where(i => InjectionRules.For(i.Injection.Kind).Contains(rule.Id)).ToList();
        return new RuleScore(rule, findings.Count(j => j is { Real: true }), findings.Count(j => j is { Real: false }), findings.Count(j => j is null),
            owned.Count(o => o.Caught), owned.Count);
    })];

    /// <summary>The metrics by the names the floors file uses.</summary>
    public IReadOnlyDictionary<string, double> Metrics
    {
        get
        {
            var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["dev.false.per20articles"] = Articles == 0 ? 0 : FalseAlarms(DevFindings, Judgements) * 20.0 / Articles,
                ["web-news.false.per10pages"] = WebPages == 0 ? 0 : FalseAlarms(WebFindings, Judgements) * 10.0 / WebPages,
                ["unjudged"] = Unjudged.Count(),
                ["records.false.devAndTrain"] = RecordFalseAlarms,
            };
            foreach (var kind in Enum.GetValues<InjectionKind>())
            {
                var outcomes = Injections.Where(i => i.Injection.Kind == kind).ToList();
                metrics[$"caught.{kind}"] = outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o.Caught) / outcomes.Count;
            }
            foreach (var score in Scores)
            {
                metrics[$"precision.{score.Rule.Id}"] = score.Precision ?? 1;
            }
            return metrics;
        }
    }
}
