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

/// <summary>A change that resolves a finding.</summary>
public sealed record Fix(string Description, IReadOnlyList<TextEdit> Edits, FixKind Kind = FixKind.Fix);
