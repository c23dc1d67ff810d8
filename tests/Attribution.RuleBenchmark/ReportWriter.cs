using System.Globalization;
using Attribution.Analyzers;
using Attribution.Reporting;

namespace Attribution.RuleBenchmark;

/// <summary>Prints the benchmark: injected errors caught by kind with every miss, the rule table, the false alarms and every finding not judged yet.</summary>
public sealed class ReportWriter(TextWriter output)
{
    public void Write(string corpus, string? webNews, BenchmarkResult result)
    {
        output.WriteLine($"Rule benchmark: {result.Articles} clean articles of {corpus}; {(webNews is null ? "no web-news pages" : $"{result.WebPages} web-news pages of {webNews}")}; {result.Judgements.Count} judgements");
        output.WriteLine();
        output.WriteLine($"Injected errors caught (one of each kind per article where the text has a place for it, in {result.Injections.Select(i => i.Article.Path).Distinct().Count()} articles):");
        foreach (var kind in Enum.GetValues<InjectionKind>())
        {
            var outcomes = result.Injections.Where(i => i.Injection.Kind == kind).ToList();
            var caught = outcomes.Count(o => o.Caught);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-20} {caught,4}/{outcomes.Count,-4} {(outcomes.Count == 0 ? 0 : 100.0 * caught / outcomes.Count),5:0.0}%  ({string.Join(", ", InjectionRules.For(kind))})"));
        }
        output.WriteLine();
        output.WriteLine("| rule | severity | precision on published text | recall on injected errors | unjudged |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var score in result.Scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {score.Rule.Id} | {SeverityNames.Of(score.Rule.DefaultSeverity)} | {Fraction(score.Precision, score.Real, score.Real + score.False)} | {Fraction(score.Recall, score.Caught, score.Injected)} | {score.Unjudged} |"));
        }
        output.WriteLine();
        var devFalse = BenchmarkResult.FalseAlarms(result.DevFindings, result.Judgements);
        var webFalse = BenchmarkResult.FalseAlarms(result.WebFindings, result.Judgements);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"False warnings and errors: {devFalse} on {result.Articles} clean articles ({result.Metrics["dev.false.per20articles"]:0.00} per 20), {webFalse} on {result.WebPages} web pages ({result.Metrics["web-news.false.per10pages"]:0.00} per 10)"));
        output.WriteLine($"{BenchmarkResult.RecordRule} on all clean polnear articles: {result.DevFindings.Count(f => f.Diagnostic.Id == BenchmarkResult.RecordRule) + result.RecordFindingsOnTrain.Count} findings ({result.RecordFindingsOnTrain.Count} on the injection-only splits), {result.RecordFalseAlarms} not judged real");
        WriteFindings("False alarms (warnings and errors judged false)", result.AllFindings.Where(f => f.Diagnostic.Severity != DiagnosticSeverity.Info && result.Judgements.Find(f.Key) is { Real: false }), result.Judgements);
        WriteMisses(result.Injections.Where(o => !o.Caught));
        var unjudged = result.Unjudged.ToList();
        if (unjudged.Count > 0)
        {
            output.WriteLine($"Findings not judged yet ({unjudged.Count}); add a line for each to the judgements file:");
            foreach (var finding in unjudged)
            {
                var at = finding.Source.GetLinePosition(finding.Diagnostic.Span.Start);
                output.WriteLine($"  {finding.DisplayPath}({at.Line},{at.Column}): {SeverityNames.Of(finding.Diagnostic.Severity)} {finding.Diagnostic.Id}: {finding.Diagnostic.Message}");
                output.WriteLine($"    {Judgements.Unjudged(finding.Key)}");
            }
            output.WriteLine();
        }
    }

    public void WriteProblems(string title, IReadOnlyList<string> problems)
    {
        output.WriteLine(problems.Count == 0 ? $"{title}: all met" : $"{title}: not met");
        foreach (var problem in problems)
        {
            output.WriteLine($"  {problem}");
        }
    }

    private void WriteFindings(string title, IEnumerable<Finding> findings, Judgements judgements)
    {
        var list = findings.ToList();
        output.WriteLine($"{title}: {list.Count}");
        foreach (var finding in list)
        {
            var at = finding.Source.GetLinePosition(finding.Diagnostic.Span.Start);
            output.WriteLine($"  {finding.DisplayPath}({at.Line},{at.Column}): {finding.Diagnostic.Id}: {judgements.Find(finding.Key)?.Cause}");
        }
        output.WriteLine();
    }

    private void WriteMisses(IEnumerable<InjectionOutcome> misses)
    {
        var list = misses.ToList();
        output.WriteLine($"Injected errors missed: {list.Count}");
        foreach (var missed in list)
        {
            var source = new Attribution.Text.SourceText(missed.Injection.NewText);
            var at = source.GetLinePosition(missed.Injection.Span.Start);
            output.WriteLine($"  {missed.Injection.Kind} {missed.Article.Path}({at.Line},{at.Column}): '{missed.Injection.Original}' -> '{missed.Injection.Replacement}' ({missed.Injection.Detail})");
        }
        output.WriteLine();
    }

    private static string Fraction(double? value, int part, int whole) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0}% ({part}/{whole})") : "–";
}
