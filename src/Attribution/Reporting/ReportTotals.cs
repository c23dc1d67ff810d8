using Attribution.Analyzers;

namespace Attribution.Reporting;

/// <summary>The counts a report's summary gives, added up one file at a time so that a streamed report need keep no file.</summary>
public readonly record struct ReportTotals(int Files, int Errors, int Warnings, int Infos)
{
    public static ReportTotals Of(CheckReport report) => report.Files.Aggregate(new ReportTotals(), (totals, file) => totals.Add(file));

    public ReportTotals Add(FileReport file)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in file.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    warnings++;
                    break;
                default:
                    infos++;
                    break;
            }
        }
        return new ReportTotals(Files + 1, Errors + errors, Warnings + warnings, Infos + infos);
    }

    public int Count(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Errors,
        DiagnosticSeverity.Warning => Warnings,
        _ => Infos,
    };

    public bool HasFindingsAtOrAbove(DiagnosticSeverity threshold) =>
        Errors > 0 || threshold <= DiagnosticSeverity.Warning && Warnings > 0 || threshold <= DiagnosticSeverity.Info && Infos > 0;
}
