using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Neural;

/// <summary>
/// What the neural tagger reads of each token of a paragraph: three ids (the lower-cased word, its shape and its
/// last three letters, 0 where the vocabulary lacks them) and <see cref="DenseWidth"/> flags: the one-hot of the
/// rules' own BIO tag (O, B-Q, I-Q, B-S, I-S, B-C, I-C: content, source, cue), whether the token stands inside a
/// double quotation, whether it is a cue of the lexicon and whether it starts a sentence.
/// </summary>
public sealed class TokenInputs
{
    public const int TagCount = 7;
    public const int DenseWidth = TagCount + 3;

    private static readonly HashSet<string> Cues = LoadCues();

    private TokenInputs(int[] words, int[] shapes, int[] suffixes, float[] dense)
    {
        Words = words;
        Shapes = shapes;
        Suffixes = suffixes;
        Dense = dense;
    }

    public int Count => Words.Length;

    public int[] Words { get; }

    public int[] Shapes { get; }

    public int[] Suffixes { get; }

    /// <summary>Row-major, <see cref="DenseWidth"/> values per token.</summary>
    public float[] Dense { get; }

    public static string WordKey(string text) => text.ToLowerInvariant();

    public static string SuffixKey(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Length > 3 ? lower[^3..] : lower;
    }

    /// <summary>Digits, capitals and small letters as d, X and x (runs folded to two); other characters kept.</summary>
    public static string ShapeKey(string text)
    {
        var shape = new System.Text.StringBuilder(4);
        var run = 0;
        var last = '\0';
        foreach (var c in text)
        {
            var s = char.IsDigit(c) ? 'd' : char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2) shape.Append(s);
            if (shape.Length >= 6) break;
        }
        return shape.ToString();
    }

    /// <param name="ruleTags">The rules' BIO tag of each token (0 to <see cref="TagCount"/> - 1).</param>
    /// <param name="sentenceStarts">Indices of the tokens that start a sentence.</param>
    public static TokenInputs Of(IReadOnlyList<Token> tokens, ReadOnlySpan<int> ruleTags, IReadOnlyList<int> sentenceStarts, TaggerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var n = tokens.Count;
        var words = new int[n];
        var shapes = new int[n];
        var suffixes = new int[n];
        var dense = new float[n * DenseWidth];
        var inside = false;
        for (var i = 0; i < n; i++)
        {
            var text = tokens[i].Text;
            words[i] = vocabulary.Word(WordKey(text));
            shapes[i] = vocabulary.Shape(ShapeKey(text));
            suffixes[i] = vocabulary.Suffix(SuffixKey(text));
            var row = i * DenseWidth;
            dense[row + ruleTags[i]] = 1;
            if (tokens[i].Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(text[0]))
            {
                // A mark belongs to the quotation it opens or closes; a straight mark toggles.
                inside = text[0] switch { QuoteMarks.LeftDouble => true, QuoteMarks.RightDouble => false, _ => !inside };
                dense[row + TagCount] = 1;
            }
            else if (inside)
            {
                dense[row + TagCount] = 1;
            }
            if (Cues.Contains(text)) dense[row + TagCount + 1] = 1;
        }
        foreach (var start in sentenceStarts)
        {
            if (start >= 0 && start < n) dense[start * DenseWidth + TagCount + 2] = 1;
        }
        return new TokenInputs(words, shapes, suffixes, dense);
    }

    private static HashSet<string> LoadCues()
    {
        var cues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.ReadLines("cue-verbs.txt"))
        {
            if (line.StartsWith('~')) continue;
            var word = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (word.Length > 0) cues.Add(word[0]);
        }
        return cues;
    }
}
