using Attribution.Text;

namespace Attribution.Syntax;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
}

/// <summary>A word, number or punctuation mark of the analysed text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
