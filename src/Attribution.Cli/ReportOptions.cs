using System.CommandLine;
using Attribution.Analyzers;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>
/// What a check shows (<c>--min-severity</c>, <c>--quiet</c>) apart from what fails it (<c>--fail-on</c>,
/// <c>--max-warnings</c>): failing is decided on every finding, shown or not.
/// </summary>
internal sealed class ReportOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Show errors only; warnings and infos neither show nor fail the run." };

    public Option<string?> MinSeverity { get; } = CreateSeverity("--min-severity", "The lowest severity shown: error, warning or info (default info). --fail-on still decides the exit code.");

    public Option<int?> MaxWarnings { get; } = new("--max-warnings")
    {
        HelpName = "N",
        Description = "Fail when there are more than N warnings, whatever --fail-on says.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(MinSeverity);
        command.Options.Add(MaxWarnings);
    }

    /// <summary>The report with only the findings at or above the shown severity.</summary>
    public CheckReport Shown(ParseResult parseResult, CheckReport report)
    {
        var minimum = MinimumShown(parseResult);
        return report with { Files = [.. report.Files.Select(f => Shown(f, minimum))] };
    }

    /// <summary>One file's report with only the findings at or above <paramref name="minimum"/>.</summary>
    public static FileReport Shown(FileReport file, DiagnosticSeverity minimum) =>
        file with { Diagnostics = [.. file.Diagnostics.Where(d => d.Severity >= minimum)] };

    /// <summary>The lowest severity shown: error with --quiet, else --min-severity, else info.</summary>
    public DiagnosticSeverity MinimumShown(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? DiagnosticSeverity.Error : Parse(parseResult.GetValue(MinSeverity)) ?? DiagnosticSeverity.Info;

    /// <summary>True when the findings fail the run: any at or above the threshold (error with --quiet, unless --fail-on is given), or too many warnings.</summary>
    public bool Fails(ParseResult parseResult, CheckReport report, Option<string> failOn) => Fails(parseResult, ReportTotals.Of(report), failOn);

    /// <summary>True when findings with these counts fail the run (see the other overload).</summary>
    public bool Fails(ParseResult parseResult, ReportTotals totals, Option<string> failOn)
    {
        var explicitFailOn = parseResult.GetResult(failOn) is { Implicit: false };
        var threshold = parseResult.GetValue(Quiet) && !explicitFailOn ? DiagnosticSeverity.Error : Parse(parseResult.GetValue(failOn))!.Value;
        var tooManyWarnings = parseResult.GetValue(MaxWarnings) is { } max && totals.Warnings > max;
        return totals.HasFindingsAtOrAbove(threshold) || tooManyWarnings;
    }

    /// <summary>One line on standard error when findings that fail the run are not shown, so a failure is never unexplained.</summary>
    public static void ExplainHidden(CheckReport report, CheckReport shown, TextWriter error) =>
        ExplainHidden(report.Files.Sum(f => f.Diagnostics.Count) - shown.Files.Sum(f => f.Diagnostics.Count), error);

    /// <summary>The line of the other overload, for a count of hidden findings.</summary>
    public static void ExplainHidden(int hidden, TextWriter error)
    {
        if (hidden > 0)
        {
            error.WriteLine($"attrib: {hidden} {(hidden == 1 ? "finding is" : "findings are")} below the shown severity and not listed");
        }
    }

    private static DiagnosticSeverity? Parse(string? name) => name is not null && SeverityNames.TryParse(name, out var severity) ? severity : null;

    private static Option<string?> CreateSeverity(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.AcceptOnlyFromAmong("error", "warning", "info");
        return option;
    }
}
