using System.Diagnostics;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Evaluation.Scoring;
using Attribution.ReaderLab;
using Attribution.Syntax;
using Attribution.Text;

// Trains a part-of-speech tagger on a UD treebank and a BIO tagger of attributions on a PolNeAR split, and scores
// the tagger alone and added to the rules on another split. See README.md.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Attribution.ReaderLab <train-split> <dev-split> <ud-english-ewt-dir> [epochs]");
    return 2;
}
var ewt = args[2] + "/";
var posWatch = Stopwatch.StartNew();
var pos = PosTagger.Train(ewt + "en_ewt-ud-train.conllu", 5);
Console.WriteLine($"pos tagger: dev accuracy {pos.Accuracy(ewt + "en_ewt-ud-dev.conllu"):F3} ({posWatch.Elapsed.TotalSeconds:F0} s)");
Features.Pos = pos;
var train = SplitLoader.Load(args[0]);
var dev = SplitLoader.Load(args[1]);
var epochs = args.Length > 3 ? int.Parse(args[3]) : 10;
var watch = Stopwatch.StartNew();
var trainUnits = Units(train.Articles);
var devUnits = Units(dev.Articles);
Console.WriteLine($"features: {watch.Elapsed.TotalSeconds:F0} s, {trainUnits.Sum(a => a.Sum(u => u.Tokens.Count))} train tokens");

var model = new Perceptron();
var random = new Random(13);
var order = trainUnits.SelectMany(a => a).ToArray();
for (var epoch = 0; epoch < epochs; epoch++)
{
    random.Shuffle(order);
    foreach (var unit in order)
    {
        model.Train(unit.Features, unit.Gold);
    }
    Console.WriteLine($"epoch {epoch + 1}: {watch.Elapsed.TotalSeconds:F0} s");
}
model.Average();

var library = new Scorer();
var learned = new Scorer();
var hybrid = new Scorer();
var tokenAgree = 0;
var tokenTotal = 0;
for (var a = 0; a < dev.Articles.Count; a++)
{
    var article = dev.Articles[a];
    var predictions = new List<PredictedAttribution>();
    foreach (var unit in devUnits[a])
    {
        var tags = model.Decode(unit.Features);
        tokenAgree += tags.Zip(unit.Gold).Count(p => p.First == p.Second);
        tokenTotal += tags.Length;
        predictions.AddRange(Decoder.Attributions(unit.Tokens, tags, unit.SentenceStarts));
    }
    learned.Add(article, predictions);
    var rules = devUnits[a][0].Library;
    var added = predictions.Where(p => !rules.Any(r => r.Content.Any(rc => p.Content.Any(pc => rc.Start < pc.End && pc.Start < rc.End)))).ToList();
    hybrid.Add(article, [.. rules, .. added]);
    library.Add(article, devUnits[a][0].Library);
}
Console.WriteLine($"token accuracy {tokenAgree / (double)tokenTotal:F3}");
Print("library", library.Result());
Print("learned", learned.Result());
Print("hybrid", hybrid.Result());
return 0;

static void Print(string name, EvaluationResult r) =>
    Console.WriteLine($"{name}: direct overlap {r.DirectOverlap.F1:F3} direct exact {r.DirectExact.F1:F3} all overlap {r.AllOverlap.F1:F3} all exact {r.AllExact.F1:F3} source overlap {r.SourceOverlap.F1:F3} source exact {r.SourceExact.F1:F3} speaker {r.SpeakerAccuracy.Value:F3}");

static List<List<Unit>> Units(IReadOnlyList<Article> articles)
{
    var extractor = new LibraryExtractor();
    var result = new List<Unit>[articles.Count];
    Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
    {
        var article = articles[i];
        var rules = extractor.Extract(article.TextPath, article.Text);
        var units = new List<Unit>();
        var (paragraphs, sentences) = SentenceSplitter.Split(article.Text);
        foreach (var paragraph in paragraphs)
        {
            var tokens = Tokenizer.Tokenize(article.Text, paragraph.Span);
            if (tokens.Count == 0) continue;
            bool Inside(TextSpan s) => s.Start < paragraph.Span.End && s.End > paragraph.Span.Start;
            var gold = Tags.FromSpans(tokens, article.Attributions.Where(g => g.Content.Any(Inside)).Select(g => (g.Content, g.Source, g.Cue)));
            var ruleTags = Tags.FromSpans(tokens, rules.Where(p => p.Content.Any(Inside)).Select(p =>
                (p.Content, (IReadOnlyList<TextSpan>)(p.Source is { } s ? [s] : []), (IReadOnlyList<TextSpan>)(p.Cue is { } c ? [c] : []))));
            var starts = new List<int>();
            for (var s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                var first = tokens.FindIndex(t => t.Span.Start >= sentences[s].Span.Start);
                if (first >= 0 && (starts.Count == 0 || starts[^1] != first)) starts.Add(first);
            }
            if (starts.Count == 0 || starts[0] != 0) starts.Insert(0, 0);
            units.Add(new Unit(tokens, gold, Features.Of(tokens, ruleTags, starts), starts, []));
        }
        if (units.Count > 0) units[0] = units[0] with { Library = rules };
        result[i] = units;
    });
    return [.. result.Select(u => u.Count > 0 ? u : [new Unit([], [], [], [0], [])])];
}

internal sealed record Unit(List<Token> Tokens, int[] Gold, int[][] Features, List<int> SentenceStarts, IReadOnlyList<PredictedAttribution> Library);
