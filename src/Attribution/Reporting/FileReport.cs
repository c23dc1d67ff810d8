using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>One checked file, as reporters see it: the display path, the original text (for lines and columns) and what was found.</summary>
public sealed record FileReport(string Path, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics, SemanticModel? Model = null)
{
    /// <summary>How the file was read, when its author should know (see <see cref="InputNotice"/>).</summary>
    public IReadOnlyList<InputNotice> Notices { get; init; } = [];

    public static FileReport From(string displayPath, DocumentResult result) =>
        new(displayPath, result.Document.Source, result.Diagnostics, result.Model) { Notices = result.Document.Notices };

    /// <summary>The file's findings without its semantic model, for the reports that show only findings: the model can be let go as soon as the file is checked.</summary>
    public static FileReport FindingsOf(string displayPath, DocumentResult result) =>
        new(displayPath, result.Document.Source, result.Diagnostics) { Notices = result.Document.Notices };
}

/// <summary>Everything one run found, in a stable order.</summary>
public sealed record CheckReport(IReadOnlyList<FileReport> Files, IReadOnlyList<InputError> Errors, IReadOnlyList<SkippedInput> Skipped)
{
    public int Count(DiagnosticSeverity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    public bool HasFindingsAtOrAbove(DiagnosticSeverity threshold) => Files.Any(f => f.Diagnostics.Any(d => d.Severity >= threshold));
}
