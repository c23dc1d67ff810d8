using Attribution.Text;

namespace Attribution.Consistency;

public enum InjectionKind
{
    /// <summary>A title swapped for one that excludes it (President → Prime Minister).</summary>
    Role,

    /// <summary>One mention of a surname misspelt (a letter dropped, doubled or swapped).</summary>
    Spelling,
}

/// <summary>One error written into a clean article: where (in the new text), what stood there and what stands now.</summary>
public sealed record Injection(InjectionKind Kind, string NewText, TextSpan Span, string Original, string Replacement, string Detail)
{
    /// <summary>Applies a replacement of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static Injection Replace(InjectionKind kind, string text, TextSpan span, string replacement, string detail) =>
        new(kind, string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End)), new TextSpan(span.Start, span.Start + replacement.Length),
            text.Substring(span.Start, span.Length), replacement, detail);
}

/// <summary>A deterministic random source per article: the same seed and article name always give the same choices.</summary>
public static class Seeds
{
    public const int Default = 20240611;

    public static Random For(string articleName, int seed, InjectionKind kind)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in articleName + "|" + kind)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return new Random(unchecked((int)hash) ^ seed);
    }
}
