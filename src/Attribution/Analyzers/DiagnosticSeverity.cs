namespace Attribution.Analyzers;

/// <summary>How serious a finding is; the order is the order of thresholds (info &lt; warning &lt; error).</summary>
public enum DiagnosticSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
