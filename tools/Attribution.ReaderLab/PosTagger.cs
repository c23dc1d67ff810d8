namespace Attribution.ReaderLab;

/// <summary>A greedy averaged-perceptron part-of-speech tagger (Penn tags), trained on a UD treebank's XPOS column.</summary>
public sealed class PosTagger
{
    private readonly Dictionary<string, int> _tagIds = [];
    private readonly List<string> _tags = [];
    private readonly Dictionary<string, float[]> _w = [];
    private readonly Dictionary<string, float[]> _u = [];
    private int _c = 1;

    public IReadOnlyList<string> TagNames => _tags;

    public static PosTagger Train(string conllu, int epochs)
    {
        var sentences = Read(conllu);
        var tagger = new PosTagger();
        foreach (var (_, tags) in sentences)
        {
            foreach (var t in tags)
            {
                if (!tagger._tagIds.ContainsKey(t)) { tagger._tagIds[t] = tagger._tags.Count; tagger._tags.Add(t); }
            }
        }
        var random = new Random(7);
        var order = sentences.ToArray();
        for (var e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            foreach (var (words, tags) in order)
            {
                var prev = "<s>";
                var prev2 = "<s>";
                for (var i = 0; i < words.Length; i++)
                {
                    var features = FeaturesOf(words, i, prev, prev2);
                    var guess = tagger.Best(features, tagger._w);
                    var gold = tagger._tagIds[tags[i]];
                    if (guess != gold)
                    {
                        foreach (var f in features)
                        {
                            tagger.Update(f, gold, 1);
                            tagger.Update(f, guess, -1);
                        }
                    }
                    tagger._c++;
                    prev2 = prev;
                    prev = tags[i];
                }
            }
        }
        foreach (var (f, w) in tagger._w)
        {
            var u = tagger._u[f];
            for (var t = 0; t < w.Length; t++) { w[t] -= u[t] / tagger._c; }
        }
        return tagger;
    }

    public double Accuracy(string conllu)
    {
        var correct = 0;
        var total = 0;
        foreach (var (words, tags) in Read(conllu))
        {
            var predicted = Tag(words);
            correct += predicted.Zip(tags).Count(p => p.First == p.Second);
            total += tags.Length;
        }
        return correct / (double)total;
    }

    public string[] Tag(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        var prev = "<s>";
        var prev2 = "<s>";
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = _tags[Best(FeaturesOf(words, i, prev, prev2), _w)];
            prev2 = prev;
            prev = result[i];
        }
        return result;
    }

    private int Best(List<string> features, Dictionary<string, float[]> weights)
    {
        var scores = new float[_tags.Count];
        foreach (var f in features)
        {
            if (weights.TryGetValue(f, out var w))
            {
                for (var t = 0; t < scores.Length; t++) { scores[t] += w[t]; }
            }
        }
        var best = 0;
        for (var t = 1; t < scores.Length; t++) { if (scores[t] > scores[best]) best = t; }
        return best;
    }

    private void Update(string feature, int tag, float delta)
    {
        if (!_w.TryGetValue(feature, out var w))
        {
            _w[feature] = w = new float[_tags.Count];
            _u[feature] = new float[_tags.Count];
        }
        w[tag] += delta;
        _u[feature][tag] += _c * delta;
    }

    private static List<string> FeaturesOf(IReadOnlyList<string> words, int i, string prev, string prev2)
    {
        string W(int k) => i + k < 0 ? "<s>" : i + k >= words.Count ? "</s>" : Normal(words[i + k]);
        var w = words[i];
        var lower = Normal(w);
        return
        [
            "b",
            "w " + lower,
            "s3 " + (lower.Length > 3 ? lower[^3..] : lower),
            "s2 " + (lower.Length > 2 ? lower[^2..] : lower),
            "p1 " + lower[0],
            "cap " + (char.IsUpper(w[0]) ? (i == 0 ? "first" : "yes") : "no"),
            "t-1 " + prev,
            "t-2t-1 " + prev2 + " " + prev,
            "t-1w " + prev + " " + lower,
            "w-1 " + W(-1),
            "w-2 " + W(-2),
            "w+1 " + W(1),
            "w+2 " + W(2),
            "s3+1 " + (W(1).Length > 3 ? W(1)[^3..] : W(1)),
            "s3-1 " + (W(-1).Length > 3 ? W(-1)[^3..] : W(-1)),
            "hy " + w.Contains('-'),
        ];
    }

    private static string Normal(string word) =>
        word.Any(char.IsDigit) ? "!digits" : word.ToLowerInvariant().Replace('’', '\'');

    private static List<(string[] Words, string[] Tags)> Read(string conllu)
    {
        var sentences = new List<(string[], string[])>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(conllu))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add(([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols[0].Contains('-') || cols[0].Contains('.')) continue;
            words.Add(cols[1]);
            tags.Add(cols[4]);
        }
        return sentences;
    }
}
