namespace Attribution.Analyzers;

/// <summary>A rule as data: its stable id, title, message format ({0}, {1}… arguments) and default severity.</summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    bool HasFix = false)
{
    /// <summary>The rule's page, relative to the repository root: the category is the rule's folder.</summary>
    public string HelpLink => $"src/Attribution/Analyzers/Rules/{Category}/{Id}.md";
}
