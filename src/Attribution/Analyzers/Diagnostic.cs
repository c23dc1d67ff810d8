using Attribution.Fixes;
using Attribution.Text;

namespace Attribution.Analyzers;

/// <summary>Another place a finding refers to, with what it shows there.</summary>
public sealed record RelatedLocation(TextSpan Span, string Message);

/// <summary>
/// A finding. <see cref="Span"/>, related spans and fix edits are offsets into the ORIGINAL file's text;
/// the message is formatted when it is read.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    TextSpan Span,
    IReadOnlyList<RelatedLocation> RelatedLocations,
    Fix? Fix,
    IReadOnlyList<string> Arguments)
{
    public string Id => Descriptor.Id;

    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;

    /// <summary>The prose the finding is about, as the analysers read it (entities decoded, markup left out).</summary>
    public string Subject { get; init; } = "";

    /// <summary>Lines that show what the finding compares, printed under it as they are (a word diff against a cited source).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. Arguments]);
}
