using Attribution.Syntax;

namespace Attribution.ReaderLab;

/// <summary>Hashed features of each token of a paragraph: words around it, its shape, where it stands to quotation marks, and the rules' own tags.</summary>
public static class Features
{
    public const int Bits = 21;
    public const int Size = 1 << Bits;

    public static PosTagger? Pos { get; set; }

    private static readonly Dictionary<string, string> CueKinds = LoadCues();

    private static Dictionary<string, string> LoadCues()
    {
        var cues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Attribution.Lexicon.LexiconResource.ReadLines("cue-verbs.txt"))
        {
            if (line.StartsWith('~')) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0) cues.TryAdd(parts[0], parts.Length > 1 ? parts[1] : "say");
        }
        return cues;
    }

    public static int[][] Of(IReadOnlyList<Token> tokens, int[] ruleTags, IReadOnlyList<int> sentenceStarts)
    {
        var lower = tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        var inQuote = InsideQuotation(tokens);
        var sentenceOf = new int[tokens.Count];
        var positionInSentence = new int[tokens.Count];
        var s = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (s + 1 < sentenceStarts.Count && sentenceStarts[s + 1] <= i)
            {
                s++;
            }
            sentenceOf[i] = s;
            positionInSentence[i] = i - sentenceStarts[s];
        }
        var tags = Pos is null ? new string[tokens.Count] : TagBySentence(tokens, sentenceStarts);
        var result = new int[tokens.Count][];
        var list = new List<int>(48);
        for (var i = 0; i < tokens.Count; i++)
        {
            list.Clear();
            string W(int k) => i + k < 0 ? "<s>" : i + k >= tokens.Count ? "</s>" : lower[i + k];
            string R(int k) => i + k < 0 || i + k >= tokens.Count ? "-" : Tags.Names[ruleTags[i + k]];
            void Add(string template, string value) => list.Add(Hash(template, value));
            Add("b", "");
            Add("w0", W(0));
            Add("w-1", W(-1));
            Add("w+1", W(1));
            Add("w-2", W(-2));
            Add("w+2", W(2));
            Add("w-1w0", W(-1) + "|" + W(0));
            Add("w0w+1", W(0) + "|" + W(1));
            Add("suf3", lower[i].Length > 3 ? lower[i][^3..] : lower[i]);
            Add("shape", Shape(tokens[i].Text));
            Add("shape-1", i > 0 ? Shape(tokens[i - 1].Text) : "<s>");
            Add("shape+1", i + 1 < tokens.Count ? Shape(tokens[i + 1].Text) : "</s>");
            Add("q", inQuote[i] ? "in" : "out");
            Add("qw", (inQuote[i] ? "in|" : "out|") + W(0));
            Add("pos", Math.Min(positionInSentence[i], 6).ToString());
            Add("r0", R(0));
            Add("r-1", R(-1));
            Add("r+1", R(1));
            Add("r-1r0", R(-1) + R(0));
            Add("r0r+1", R(0) + R(1));
            Add("r0w0", R(0) + "|" + W(0));
            var cueHere = CueKinds.TryGetValue(tokens[i].Text, out var kind) ? kind : "-";
            Add("cue0", cueHere);
            Add("cue-1", i > 0 && CueKinds.TryGetValue(tokens[i - 1].Text, out var k1) ? k1 : "-");
            Add("cue+1", i + 1 < tokens.Count && CueKinds.TryGetValue(tokens[i + 1].Text, out var k2) ? k2 : "-");
            var nearestCue = 99;
            for (var k = Math.Max(0, i - 8); k < Math.Min(tokens.Count, i + 9); k++)
            {
                if (CueKinds.ContainsKey(tokens[k].Text) && Math.Abs(k - i) < Math.Abs(nearestCue)) nearestCue = k - i;
            }
            Add("cuedist", nearestCue == 99 ? "far" : nearestCue.ToString());
            Add("r0q", R(0) + (inQuote[i] ? "in" : "out"));
            if (Pos is not null)
            {
                string P(int k) => i + k < 0 ? "<s>" : i + k >= tokens.Count ? "</s>" : tags[i + k];
                Add("p0", P(0));
                Add("p-1", P(-1));
                Add("p+1", P(1));
                Add("p-2", P(-2));
                Add("p+2", P(2));
                Add("p-1p0", P(-1) + P(0));
                Add("p0p+1", P(0) + P(1));
                Add("p-2p-1p0", P(-2) + P(-1) + P(0));
                Add("p0p+1p+2", P(0) + P(1) + P(2));
                Add("p0r0", P(0) + R(0));
                Add("p0q", P(0) + (inQuote[i] ? "in" : "out"));
            }
            result[i] = [.. list];
        }
        return result;
    }

    private static string[] TagBySentence(IReadOnlyList<Token> tokens, IReadOnlyList<int> sentenceStarts)
    {
        var tags = new string[tokens.Count];
        for (var s = 0; s < sentenceStarts.Count; s++)
        {
            var start = sentenceStarts[s];
            var end = s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : tokens.Count;
            var words = new List<string>();
            for (var i = start; i < end; i++) words.Add(tokens[i].Text);
            var tagged = Pos!.Tag(words);
            Array.Copy(tagged, 0, tags, start, tagged.Length);
        }
        return tags;
    }

    private static bool[] InsideQuotation(IReadOnlyList<Token> tokens)
    {
        var inside = new bool[tokens.Count];
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(tokens[i].Text[0]))
            {
                var c = tokens[i].Text[0];
                open = c switch { '“' => true, '”' => false, _ => !open };
                inside[i] = true;
                continue;
            }
            inside[i] = open;
        }
        return inside;
    }

    private static string Shape(string word)
    {
        if (word.Length == 0) return "";
        if (char.IsDigit(word[0])) return "d";
        if (!char.IsLetter(word[0])) return word;
        if (word.All(char.IsUpper)) return word.Length == 1 ? "X" : "XX";
        return char.IsUpper(word[0]) ? "Xx" : "x";
    }

    private static int Hash(string template, string value)
    {
        var h = 2166136261u;
        foreach (var c in template) { h = (h ^ c) * 16777619u; }
        h = (h ^ 0x1f) * 16777619u;
        foreach (var c in value) { h = (h ^ c) * 16777619u; }
        return (int)(h & (Size - 1));
    }
}
