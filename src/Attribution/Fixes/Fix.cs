using Attribution.Text;

namespace Attribution.Fixes;

/// <summary>Replace the text of <see cref="Span"/> (original-file offsets) with <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

public enum FixKind
{
    /// <summary>Safe to apply without reading it: it cannot change what the article says.</summary>
    Fix,

    /// <summary>Offered to the editor, never applied automatically: it may change meaning.</summary>
    Suggestion,
}

/// <summary>The kinds of change a rule declares it may offer (<see cref="Analyzers.DiagnosticDescriptor.Offers"/>).</summary>
[Flags]
public enum FixOffers
{
    None = 0,

    /// <summary>Safe fixes, applied by <c>--fix</c>.</summary>
    Fixes = 1,

    /// <summary>Suggestions, shown to the editor and never applied.</summary>
    Suggestions = 2,
}

/// <summary>A change that resolves a finding.</summary>
public sealed record Fix(string Description, IReadOnlyList<TextEdit> Edits, FixKind Kind = FixKind.Fix);
