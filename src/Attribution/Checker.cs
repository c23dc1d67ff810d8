using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Registry;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution;

/// <summary>What checking one document found.</summary>
public sealed record DocumentResult(Document Document, SemanticModel Model, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Options that change what the checker reports.</summary>
public sealed record CheckerOptions
{
    public static CheckerOptions Default { get; } = new();

    /// <summary>Rule ids switched off for every document.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity overrides by rule id.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severities { get; init; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Who held which office when, as the user states it; rules that compare claims with it stay quiet without one.</summary>
    public RolesRegistry? Registry { get; init; }

    /// <summary>The lexicons to check with: the built-in ones, or those with a configuration's cue verbs and titles added.</summary>
    /// <remarks>The built-in ones are only built when first asked for, so that making options does not wait for them.</remarks>
    public LexiconSet Lexicons { get => _lexicons ?? LexiconSet.Default; init => _lexicons = value; }

    private readonly LexiconSet? _lexicons;

    /// <summary>Whether titles are checked against the bundled public records of US office holders (ATTR014); on by default.</summary>
    public bool UsePublicRecords { get; init; } = true;

    /// <summary>The documents quotations cite; rules that compare a quotation with its source stay quiet without them.</summary>
    public Sources.QuotationSources? Sources { get; init; }
}

/// <summary>Runs the pipeline on a document: syntax, semantics, then every enabled analyzer.</summary>
public sealed class Checker(IReadOnlyList<Analyzer> analyzers, CheckerOptions options)
{
    public Checker()
        : this(AnalyzerCatalog.All, CheckerOptions.Default)
    {
    }

    public DocumentResult Check(Document document)
    {
        var model = SemanticModel.Build(SyntaxTree.Parse(document, options.Lexicons));
        var diagnostics = new List<Diagnostic>();
        // The lexicons and readers are English: another language's quotations and names would only give false alarms.
        if (!document.Metadata.Skip && ProseLanguage.LooksEnglish(document.Text))
        {
            foreach (var analyzer in analyzers)
            {
                var id = analyzer.Descriptor.Id;
                if (options.DisabledRules.Contains(id) || document.Metadata.DisabledRules.Contains(id))
                {
                    continue;
                }
                var severity = options.Severities.TryGetValue(id, out var overridden) ? overridden : analyzer.Descriptor.DefaultSeverity;
                analyzer.Analyze(new AnalysisContext(model, analyzer.Descriptor, d => diagnostics.Add(d with { Severity = severity })) { Options = options });
            }
        }
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new DocumentResult(document, model, diagnostics);
    }
}
