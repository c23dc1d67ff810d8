namespace Attribution.Neural;

/// <summary>The tagger's three vocabularies (words, shapes, suffixes); id 0 is the unknown entry of each.</summary>
public sealed class TaggerVocabulary
{
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int> _shapes;
    private readonly Dictionary<string, int> _suffixes;

    public TaggerVocabulary(IReadOnlyList<string> words, IReadOnlyList<string> shapes, IReadOnlyList<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(suffixes);
        WordList = words;
        ShapeList = shapes;
        SuffixList = suffixes;
        _words = Index(words);
        _shapes = Index(shapes);
        _suffixes = Index(suffixes);
    }

    public IReadOnlyList<string> WordList { get; }

    public IReadOnlyList<string> ShapeList { get; }

    public IReadOnlyList<string> SuffixList { get; }

    /// <summary>Number of word ids, the unknown one included.</summary>
    public int WordCount => WordList.Count + 1;

    public int ShapeCount => ShapeList.Count + 1;

    public int SuffixCount => SuffixList.Count + 1;

    public int Word(string key) => _words.GetValueOrDefault(key);

    public int Shape(string key) => _shapes.GetValueOrDefault(key);

    public int Suffix(string key) => _suffixes.GetValueOrDefault(key);

    private static Dictionary<string, int> Index(IReadOnlyList<string> entries)
    {
        var index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            index.Add(entries[i], i + 1);
        }
        return index;
    }
}
