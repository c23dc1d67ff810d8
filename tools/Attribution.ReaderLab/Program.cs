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
var trainUnits = Sequences.Of(train.Articles);
var devUnits = Sequences.Of(dev.Articles);
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
