namespace Attribution.Evaluation.Corpus;

/// <summary>
/// Converts offsets counted in Unicode code points, as brat standoff files count them, to UTF-16 offsets of a .NET string.
/// A character outside the Basic Multilingual Plane is one code point but two UTF-16 code units.
/// </summary>
public sealed class CodePointOffsets
{
    // UTF-16 offset of each code point, plus the text length at the end; null when the text has no surrogate pair.
    private readonly int[]? _utf16Offsets;

    public CodePointOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Utf16Length = text.Length;
        if (!HasSurrogatePair(text))
        {
            CodePointLength = text.Length;
            return;
        }
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (IsSurrogatePairAt(text, i))
            {
                i++;
            }
        }
        offsets.Add(text.Length);
        _utf16Offsets = offsets.ToArray();
        CodePointLength = _utf16Offsets.Length - 1;
    }

    /// <summary>The number of code points in the text (a lone surrogate counts as one).</summary>
    public int CodePointLength { get; }

    public int Utf16Length { get; }

    /// <summary>The UTF-16 offset of a code-point offset in [0, <see cref="CodePointLength"/>]; false when it is out of range.</summary>
    public bool TryToUtf16(int codePointOffset, out int utf16Offset)
    {
        if (codePointOffset < 0 || codePointOffset > CodePointLength)
        {
            utf16Offset = -1;
            return false;
        }
        utf16Offset = _utf16Offsets is null ? codePointOffset : _utf16Offsets[codePointOffset];
        return true;
    }

    private static bool HasSurrogatePair(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSurrogatePairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
