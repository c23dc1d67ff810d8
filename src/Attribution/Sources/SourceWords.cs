using Attribution.Text;

namespace Attribution.Sources;

/// <summary>
/// The words of a text as the matcher compares them: letters and digits, apostrophes inside a word kept (as '),
/// lower case; quotation marks, dashes, other punctuation and whitespace only separate words. Each word keeps its
/// span in the text, so that a match is a place in the document, never a string searched for again.
/// </summary>
public sealed class SourceWords
{
    private readonly Dictionary<string, int> _ids;
    private readonly List<int>[] _positionsById;

    private SourceWords(IReadOnlyList<string> words, IReadOnlyList<TextSpan> spans)
    {
        Words = words;
        Spans = spans;
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new int[words.Count];
        var positions = new List<List<int>>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_ids.TryGetValue(words[i], out var id))
            {
                id = _ids.Count;
                _ids[words[i]] = id;
                positions.Add([]);
            }
            ids[i] = id;
            positions[id].Add(i);
        }
        Ids = ids;
        _positionsById = [.. positions];
    }

    /// <summary>The normalised words, in text order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Each word's span in the text it was read from.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>Each word as a number, equal numbers for equal words.</summary>
    internal IReadOnlyList<int> Ids { get; }

    public int Count => Words.Count;

    /// <summary>The number of a word, or -1 when the text does not contain it.</summary>
    internal int IdOf(string word) => _ids.GetValueOrDefault(word, -1);

    /// <summary>Where the word with this number stands, in text order.</summary>
    internal IReadOnlyList<int> PositionsOf(int id) => _positionsById[id];

    /// <summary>The span from the first to the last of a run of words.</summary>
    public TextSpan Cover(int start, int count) => TextSpan.FromBounds(Spans[start].Start, Spans[start + count - 1].End);

    /// <summary>The words of a whole text.</summary>
    public static SourceWords Of(string text) => Of(text, [new TextSpan(0, text.Length)]);

    /// <summary>The words of some spans of a text, in order (a quotation that runs over paragraphs).</summary>
    public static SourceWords Of(string text, IEnumerable<TextSpan> spans)
    {
        var words = new List<string>();
        var wordSpans = new List<TextSpan>();
        var builder = new System.Text.StringBuilder();
        foreach (var span in spans)
        {
            var i = span.Start;
            while (i < span.End)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                builder.Clear();
                while (i < span.End)
                {
                    var c = text[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(char.ToLowerInvariant(c));
                        i++;
                    }
                    else if (IsApostrophe(c) && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]))
                    {
                        builder.Append('\'');
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                words.Add(builder.ToString());
                wordSpans.Add(new TextSpan(start, i));
            }
        }
        return new SourceWords(words, wordSpans);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';
}
