using Attribution.Analyzers.Rules.Names;
using Attribution.Analyzers.Rules.Quotations;
using Attribution.Analyzers.Rules.Roles;
using Attribution.Analyzers.Rules.Sources;
using Attribution.Analyzers.Rules.Wording;

namespace Attribution.Analyzers;

/// <summary>Every rule the library ships, in id order, and each rule's page.</summary>
public static class AnalyzerCatalog
{
    public static IReadOnlyList<Analyzer> All { get; } =
    [
        new ATTR001IncompatibleRoles(),
        new ATTR002SharedSingleOffice(),
        new ATTR003NameSpelling(),
        new ATTR004MisspeltTitle(),
        new ATTR005QuoteWithoutSpeaker(),
        new ATTR006AnonymousSource(),
        new ATTR007RegistryContradiction(),
        new ATTR008UnbalancedQuotationMark(),
        new ATTR009AlteredRepeatedQuotation(),
        new ATTR010QuoteCreditedTwice(),
        new ATTR011QuotationNotInSource(),
        new ATTR012UnmarkedDirectSpeech(),
        new ATTR013DoubledWord(),
        new ATTR014PublicRecordContradiction(),
        new ATTR015CreditContradictsLink(),
        new ATTR016SpeakerDiffersFromSource(),
    ];

    public static DiagnosticDescriptor? Find(string id) =>
        All.Select(a => a.Descriptor).FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rule's page (Markdown), embedded in the library beside its class.</summary>
    public static string? Page(string id)
    {
        var descriptor = Find(id);
        if (descriptor is null)
        {
            return null;
        }
        using var stream = typeof(AnalyzerCatalog).Assembly.GetManifestResourceStream($"Attribution.Rules.{descriptor.Id}.md");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
