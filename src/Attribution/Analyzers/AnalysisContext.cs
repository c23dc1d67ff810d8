using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Analyzers;

/// <summary>
/// What an analyzer sees of one document, and where it reports. Analyzers speak in offsets of the analysed text;
/// the context maps every span to the original file before a diagnostic is made, and drops an edit whose text
/// is not a verbatim copy of the source (an entity or markup inside it), since it could not be applied safely.
/// </summary>
public sealed class AnalysisContext(SemanticModel model, DiagnosticDescriptor descriptor, Action<Diagnostic> sink)
{
    public SemanticModel Model { get; } = model;

    public SyntaxTree Syntax => Model.Syntax;

    public Document Document => Model.Document;

    public string Text => Document.Text;

    /// <summary>The checker's options, for rules that read data the user supplies (the roles registry).</summary>
    public CheckerOptions Options { get; init; } = CheckerOptions.Default;

    public void Report(TextSpan span, IReadOnlyList<string> arguments, IReadOnlyList<RelatedLocation>? related = null, Fix? fix = null)
    {
        var map = Document.Map;
        var mappedRelated = (related ?? []).Select(r => r with { Span = map.ToSource(r.Span) }).ToList();
        Fix? mappedFix = null;
        if (fix is not null && fix.Edits.All(e => e.Span.IsEmpty ? true : map.IsVerbatim(e.Span, Document.Text, Document.Source.Text)))
        {
            mappedFix = fix with { Edits = [.. fix.Edits.Select(e => e with { Span = map.ToSource(e.Span) })] };
        }
        sink(new Diagnostic(descriptor, map.ToSource(span), mappedRelated, mappedFix, arguments) { Subject = Document.Text.Substring(span.Start, span.Length) });
    }
}
