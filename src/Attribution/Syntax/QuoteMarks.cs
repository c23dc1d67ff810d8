namespace Attribution.Syntax;

/// <summary>The characters used as quotation marks, and which of them open, close or go both ways.</summary>
public static class QuoteMarks
{
    public const char LeftDouble = '\u201C';
    public const char RightDouble = '\u201D';
    public const char LeftSingle = '\u2018';
    public const char RightSingle = '\u2019';
    public const char StraightDouble = '"';
    public const char StraightSingle = '\'';
    public const char LowDouble = '\u201E';
    public const char LeftGuillemet = '\u00AB';
    public const char RightGuillemet = '\u00BB';

    public static bool IsQuoteMark(char c) => c is LeftDouble or RightDouble or StraightDouble or LowDouble
        or LeftGuillemet or RightGuillemet or LeftSingle or RightSingle or StraightSingle;

    /// <summary>Every mark of <see cref="IsQuoteMark"/>, for a vectorised search of the next one.</summary>
    internal static readonly System.Buffers.SearchValues<char> All =
        System.Buffers.SearchValues.Create([LeftDouble, RightDouble, StraightDouble, LowDouble, LeftGuillemet, RightGuillemet, LeftSingle, RightSingle, StraightSingle]);

    public static bool IsDouble(char c) => c is LeftDouble or RightDouble or StraightDouble or LowDouble or LeftGuillemet or RightGuillemet;

    public static bool IsSingle(char c) => c is LeftSingle or RightSingle or StraightSingle;

    public static bool IsAnyDoubleMark(string s) => s.IndexOfAny([LeftDouble, RightDouble, StraightDouble, LowDouble, LeftGuillemet, RightGuillemet]) >= 0;
}
