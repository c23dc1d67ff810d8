using Attribution.Text;

namespace Attribution.Documents;

/// <summary>
/// Maps every code unit of an article's analysed text back to the range of the original file it came from,
/// so that a span found in extracted text is reported where it stands in the source.
/// </summary>
public sealed class OffsetMap
{
    // Null for an identity map: plain text is its own source, and needs no table of two offsets per character.
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly int _length;
    private readonly int _identityOffset;
    private readonly int _sourceLength;

    internal OffsetMap(int[] starts, int[] ends, int sourceLength)
    {
        _starts = starts;
        _ends = ends;
        _length = starts.Length;
        _sourceLength = sourceLength;
    }

    private OffsetMap(int length, int sourceOffset, int sourceLength)
    {
        _length = length;
        _identityOffset = sourceOffset;
        _sourceLength = sourceLength;
    }

    /// <summary>A map for text that is an exact substring of the source, starting at <paramref name="sourceOffset"/>.</summary>
    public static OffsetMap Identity(int length, int sourceOffset, int sourceLength) => new(length, sourceOffset, sourceLength);

    public int Length => _length;

    private int StartOf(int index) => _starts is null ? _identityOffset + index : _starts[index];

    private int EndOf(int index) => _ends is null ? _identityOffset + index + 1 : _ends[index];

    /// <summary>The source span of an analysed-text span. An empty span maps to an empty span.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (_length == 0)
        {
            return new TextSpan(0, 0);
        }
        if (span.IsEmpty)
        {
            var at = SourceOffsetAt(span.Start);
            return new TextSpan(at, at);
        }
        var start = StartOf(Math.Clamp(span.Start, 0, _length - 1));
        var end = EndOf(Math.Clamp(span.End - 1, 0, _length - 1));
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>The source offset where the analysed character at <paramref name="offset"/> begins (or the end of the last one).</summary>
    public int SourceOffsetAt(int offset)
    {
        if (offset < _length)
        {
            return StartOf(Math.Max(0, offset));
        }
        return _length == 0 ? _sourceLength : EndOf(_length - 1);
    }

    /// <summary>True when the span is a verbatim copy of the source (no entity, markup or break inside), so an edit can be applied to the source as it is.</summary>
    public bool IsVerbatim(TextSpan span, string analysed, string source)
    {
        var mapped = ToSource(span);
        return mapped.Length == span.Length
            && string.CompareOrdinal(analysed, span.Start, source, mapped.Start, span.Length) == 0;
    }
}

/// <summary>Builds analysed text and its <see cref="OffsetMap"/> together, one piece at a time.</summary>
public sealed class MappedTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public int Length => _text.Length;

    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends text copied verbatim from the source at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(string text, int sourceStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            _text.Append(text[i]);
            _starts.Add(sourceStart + i);
            _ends.Add(sourceStart + i + 1);
        }
    }

    /// <summary>Appends text that stands for the source range [sourceStart, sourceEnd) as a whole (a decoded entity, say).</summary>
    public void AppendReplacement(string text, int sourceStart, int sourceEnd)
    {
        for (var i = 0; i < text.Length; i++)
        {
            _text.Append(text[i]);
            _starts.Add(sourceStart);
            _ends.Add(sourceEnd);
        }
    }

    /// <summary>Appends a paragraph break that has no text in the source (between two blocks).</summary>
    public void AppendParagraphBreak(int sourceOffset)
    {
        if (_text.Length == 0)
        {
            return;
        }
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            RemoveLast();
        }
        while (!EndsWith("\n\n"))
        {
            _text.Append('\n');
            _starts.Add(sourceOffset);
            _ends.Add(sourceOffset);
        }
    }

    private bool EndsWith(string suffix) =>
        _text.Length >= suffix.Length && _text.ToString(_text.Length - suffix.Length, suffix.Length) == suffix;

    private void RemoveLast()
    {
        _text.Length--;
        _starts.RemoveAt(_starts.Count - 1);
        _ends.RemoveAt(_ends.Count - 1);
    }

    public (string Text, OffsetMap Map) Build(int sourceLength)
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            RemoveLast();
        }
        return (_text.ToString(), new OffsetMap([.. _starts], [.. _ends], sourceLength));
    }
}
