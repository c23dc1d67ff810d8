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
/// A fix never touches the words inside a quotation, which are someone else's: there it becomes a suggestion
/// when the rule offers suggestions, and is dropped when it does not.
/// </summary>
public sealed class AnalysisContext(SemanticModel model, DiagnosticDescriptor descriptor, Action<Diagnostic> sink)
{
    public SemanticModel Model { get; } = model;

    public SyntaxTree Syntax => Model.Syntax;

    public Document Document => Model.Document;

    public string Text => Document.Text;

    /// <summary>The checker's options, for rules that read data the user supplies (the roles registry).</summary>
    public CheckerOptions Options { get; init; } = CheckerOptions.Default;

    private SpanIndex? _links;

    /// <summary>
    /// The place in <see cref="Document.Links"/> of the link whose text holds all of <paramref name="span"/>, or −1
    /// when it is in no link's text. The links are indexed the first time a rule asks.
    /// </summary>
    internal int LinkHolding(TextSpan span)
    {
        _links ??= new SpanIndex(Document.Links.Select(l => l.Span));
        foreach (var (link, index) in _links.Near(span, 0))
        {
            if (!link.IsEmpty && link.Contains(span))
            {
                return index;
            }
        }
        return -1;
    }

    public void Report(TextSpan span, IReadOnlyList<string> arguments, IReadOnlyList<RelatedLocation>? related = null, Fix? fix = null) =>
        Report(span, arguments, related, fix, []);

    /// <summary>Reports a finding with lines of notes that show what it compares (they are not places in this document).</summary>
    public void Report(TextSpan span, IReadOnlyList<string> arguments, IReadOnlyList<RelatedLocation>? related, Fix? fix, IReadOnlyList<string> notes)
    {
        var map = Document.Map;
        var mappedRelated = (related ?? []).Select(r => r with { Span = map.ToSource(r.Span) }).ToList();
        fix = fix is { Kind: FixKind.Fix } && fix.Edits.Any(e => TouchesQuotedWords(e.Span)) ? AsQuotationSuggestion(fix) : fix;
        Fix? mappedFix = null;
        if (fix is not null && fix.Edits.All(e => e.Span.IsEmpty ? true : map.IsVerbatim(e.Span, Document.Text, Document.Source.Text)))
        {
            mappedFix = fix with { Edits = [.. fix.Edits.Select(e => e with { Span = map.ToSource(e.Span) })] };
        }
        sink(new Diagnostic(descriptor, map.ToSource(span), mappedRelated, mappedFix, arguments) { Subject = Document.Text.Substring(span.Start, span.Length), Notes = notes });
    }

    private Fix? AsQuotationSuggestion(Fix fix) =>
        descriptor.Declares(FixKind.Suggestion) ? fix with { Kind = FixKind.Suggestion, Description = fix.Description + " (inside a quotation: only if the speaker's words allow it)" } : null;

    /// <summary>True when the edit changes or inserts inside the quoted words of a quotation or a marked-up quotation.</summary>
    private bool TouchesQuotedWords(TextSpan edit)
    {
        bool Touches(TextSpan quoted) => edit.IsEmpty
            ? edit.Start > quoted.Start && edit.Start < quoted.End
            : edit.Start < quoted.End && quoted.Start < edit.End;
        return Syntax.Quotations.SelectMany(q => q.Content).Any(Touches) || Document.QuoteRegions.Any(r => Touches(r.Span));
    }
}
