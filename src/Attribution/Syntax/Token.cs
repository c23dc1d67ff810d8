using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
}

/// <summary>The text of a token with its kind and the word lists it belongs to, shared by the token's repeated occurrences.</summary>
internal sealed class TokenWord(string text, UInt128 classes, TokenKind kind)
{
    public string Text { get; } = text;

    /// <summary>A function of the text (digits make a number, a quotation mark a quote mark), so it is kept with it.</summary>
    public TokenKind Kind { get; } = kind;

    public UInt128 Classes { get; } = classes;

    private string? _lowerCase;

    /// <summary>The text in lower case, made the first time a stage asks and shared by the word's occurrences.</summary>
    public string LowerCase => _lowerCase ??= Text.ToLowerInvariant();
}

/// <summary>A word, number or punctuation mark of the analysed text: its span and its shared text (16 bytes).</summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly TokenWord _word;

    /// <summary>A token whose word lists are those of the built-in lexicons.</summary>
    public Token(TextSpan span, TokenKind kind, string text)
        : this(span, new TokenWord(text, WordClassifier.Default.Classify(text), kind))
    {
    }

    internal Token(TextSpan span, TokenWord word)
    {
        Span = span;
        _word = word;
    }

    public TextSpan Span { get; }

    public TokenKind Kind => _word.Kind;

    public string Text => _word.Text;

    /// <summary>The word lists the token's text belongs to, one bit each (see <see cref="WordClassifier"/>).</summary>
    internal UInt128 Classes => _word.Classes;

    /// <summary>The text in lower case (invariant culture), made once per distinct word rather than per occurrence.</summary>
    internal string LowerCaseText => _word.LowerCase;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool Equals(Token other) => Span == other.Span && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Span, Kind, Text);

    public static bool operator ==(Token left, Token right) => left.Equals(right);

    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
