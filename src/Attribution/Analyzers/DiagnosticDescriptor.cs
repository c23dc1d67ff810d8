using Attribution.Fixes;

namespace Attribution.Analyzers;

/// <summary>A rule as data: its stable id, title, message format ({0}, {1}… arguments) and default severity.</summary>
/// <param name="Offers">Which kinds of change the rule may attach to a finding; a rule that reports another kind is a bug, caught by the catalogue tests.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    FixOffers Offers = FixOffers.None)
{
    /// <summary>The rule's page, relative to the repository root: the category is the rule's folder.</summary>
    public string HelpLink => $"src/Attribution/Analyzers/Rules/{Category}/{Id}.md";

    /// <summary>True when the rule may attach a fix or a suggestion to a finding.</summary>
    public bool HasFix => Offers != FixOffers.None;

    /// <summary>True when the rule declares changes of this kind.</summary>
    public bool Declares(FixKind kind) => Offers.HasFlag(kind == FixKind.Fix ? FixOffers.Fixes : FixOffers.Suggestions);
}
