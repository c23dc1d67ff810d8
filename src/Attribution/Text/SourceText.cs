namespace Attribution.Text;

/// <summary>The decoded text of an input file, with a line table built on first use.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text) => Text = text;

    public string Text { get; }

    public int Length => Text.Length;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>Line and column (1-based, column in UTF-16 code units) of an offset.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - starts[line] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
