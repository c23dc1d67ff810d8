using System.Diagnostics;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Evaluation.Scoring;
using Attribution.Neural;
using Attribution.ReaderLab;
using Attribution.ReaderTrainer;
using TorchSharp;
using static TorchSharp.torch;

// Trains the BiLSTM-CRF tagger of attributions on a PolNeAR split, chooses the epoch on another, scores it alone
// and combined with the rules, writes its weights and checks the plain C# forward pass against TorchSharp. See README.md.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Attribution.ReaderTrainer <train-split> <dev-split> [--hidden N] [--layers N] [--epochs N] [--minutes N] [--no-rule-tags] [--weights FILE] [--load FILE] [--threads N]");
    return 2;
}
var options = args.Skip(2).ToList();
string? Option(string name) => options.IndexOf(name) is var i and >= 0 && i + 1 < options.Count ? options[i + 1] : null;
var hidden = int.Parse(Option("--hidden") ?? "128");
var layers = int.Parse(Option("--layers") ?? "1");
var maxEpochs = int.Parse(Option("--epochs") ?? "30");
var minutes = double.Parse(Option("--minutes") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
var ruleTags = !options.Contains("--no-rule-tags");
var weightsPath = Option("--weights");
var batchLimit = int.Parse(Option("--batches") ?? int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
var size = new ModelSize(WordWidth: 100, ShapeWidth: 16, SuffixWidth: 32, Hidden: hidden, Layers: layers, Dropout: 0.5);
TaggerWeights? loaded = null;
if (Option("--load") is { } load)
{
    using var file = File.OpenRead(load);
    loaded = TaggerWeights.Read(file);
    size = size with { WordWidth = loaded.WordWidth, ShapeWidth = loaded.ShapeWidth, SuffixWidth = loaded.SuffixWidth, Hidden = loaded.Hidden, Layers = loaded.Layers };
    (hidden, layers) = (loaded.Hidden, loaded.Layers);
}

torch.set_num_threads(int.Parse(Option("--threads") ?? "1"));
torch.random.manual_seed(7);
var watch = Stopwatch.StartNew();
var train = SplitLoader.Load(args[0]);
var dev = SplitLoader.Load(args[1]);
var trainUnits = Sequences.Of(train.Articles, withFeatures: false);
var devUnits = Sequences.Of(dev.Articles, withFeatures: false);
var vocabulary = loaded?.Vocabulary ?? Vocabularies.FromTrain(trainUnits.SelectMany(a => a));
int[] RuleTagsOf(Unit u) => ruleTags ? u.RuleTags : new int[u.Tokens.Count];
List<Sequence> SequencesOf(IEnumerable<Unit> units) =>
    [.. units.Where(u => u.Tokens.Count > 0).Select(u => new Sequence(u, TokenInputs.Of(u.Tokens, RuleTagsOf(u), u.SentenceStarts, vocabulary), u.Gold))];
var trainSequences = SequencesOf(trainUnits.SelectMany(a => a));
var devSequences = devUnits.Select(SequencesOf).ToList();
Console.WriteLine($"data: {watch.Elapsed.TotalSeconds:F0} s, {trainSequences.Sum(s => s.Inputs.Count)} train tokens in {trainSequences.Count} paragraphs, "
    + $"vocabulary {vocabulary.WordCount} words, {vocabulary.ShapeCount} shapes, {vocabulary.SuffixCount} suffixes; "
    + $"hidden {hidden}, layers {layers}, rules' tags {(ruleTags ? "in" : "out")}");

var model = new BiLstmCrf(vocabulary, size);
var optimizer = torch.optim.Adam(model.parameters(), lr: 2e-3);
var random = new Random(13);
var batches = trainSequences.OrderBy(s => s.Inputs.Count).Chunk(32).ToArray();
TaggerWeights? best = null;
var bestScore = double.NegativeInfinity;
var bestEpoch = 0;
var trainWatch = Stopwatch.StartNew();
if (loaded is not null)
{
    best = loaded;
    maxEpochs = 0;
}
for (var epoch = 1; epoch <= maxEpochs && trainWatch.Elapsed.TotalMinutes < minutes; epoch++)
{
    model.train();
    random.Shuffle(batches);
    var total = 0.0;
    var seen = 0;
    var split = new double[3];
    foreach (var chunk in batches.Take(batchLimit))
    {
        using var scope = NewDisposeScope();
        using var batch = Batch.Of(chunk, () => random.NextDouble() < 0.1);
        optimizer.zero_grad();
        var t0 = Stopwatch.GetTimestamp();
        var emissions = model.call(batch);
        var t1 = Stopwatch.GetTimestamp();
        var loss = model.Loss(emissions, batch);
        var t2 = Stopwatch.GetTimestamp();
        loss.backward();
        nn.utils.clip_grad_norm_(model.parameters(), 5.0);
        optimizer.step();
        split[0] += Stopwatch.GetElapsedTime(t0, t1).TotalSeconds;
        split[1] += Stopwatch.GetElapsedTime(t1, t2).TotalSeconds;
        split[2] += Stopwatch.GetElapsedTime(t2).TotalSeconds;
        total += loss.item<float>() * chunk.Length;
        seen += chunk.Length;
    }
    Console.WriteLine($"epoch {epoch}: network {split[0]:F0} s, CRF {split[1]:F0} s, backward and step {split[2]:F0} s");
    var weights = model.Export(vocabulary);
    var result = Evaluate(dev.Articles, devSequences, TorchTags(model, devSequences, weights)).Model;
    var score = (result.AllExact.F1 + result.AllOverlap.F1 + result.SourceExact.F1 + result.DirectExact.F1 + result.SpeakerAccuracy.Value) / 5;
    Console.WriteLine($"epoch {epoch}: loss {total / seen:F3}, dev {Line(result)}, mean {score:F3} ({trainWatch.Elapsed.TotalSeconds:F0} s)");
    if (score > bestScore)
    {
        (best, bestScore, bestEpoch) = (weights, score, epoch);
    }
    else if (epoch - bestEpoch >= 4)
    {
        break;
    }
}
Console.WriteLine($"training: {trainWatch.Elapsed.TotalMinutes:F1} min, best epoch {bestEpoch}");

// The chosen epoch: TorchSharp's tags, scores, and the plain C# forward pass on the same paragraphs.
var chosen = new BiLstmCrf(vocabulary, size);
Load(chosen, model, best!);
var torchTags = TorchTags(chosen, devSequences, best!);
var scores = Evaluate(dev.Articles, devSequences, torchTags);
Console.WriteLine($"| rules (the library) | {Row(scores.Rules)} |");
Console.WriteLine($"| BiLSTM-CRF alone, hidden {hidden}, {layers} layer(s), rules' tags {(ruleTags ? "in" : "out")} | {Row(scores.Model)} |");
foreach (var (name, result) in scores.Hybrids) Console.WriteLine($"| {name} | {Row(result)} |");
Errors("rules", scores.Rules);
Errors("model", scores.Model);
foreach (var (name, result) in scores.Hybrids) Errors(name, result);

var path = weightsPath ?? Path.Combine(Path.GetTempPath(), "attribution-tagger.bin");
using (var file = File.Create(path)) best!.Write(file);
TaggerWeights reread;
using (var file = File.OpenRead(path)) reread = TaggerWeights.Read(file);
var tagger = new NeuralTagger(reread);
var agreeSequences = 0;
var agreeTokens = 0;
var tokens = 0;
var cSharpWatch = Stopwatch.StartNew();
var flat = devSequences.SelectMany(s => s).ToList();
var cSharpTags = flat.Select(s => tagger.Tag(s.Inputs)).ToList();
cSharpWatch.Stop();
var flatTorch = torchTags.SelectMany(s => s).ToList();
for (var i = 0; i < flat.Count; i++)
{
    var same = cSharpTags[i].Zip(flatTorch[i]).Count(p => p.First == p.Second);
    agreeTokens += same;
    tokens += flat[i].Inputs.Count;
    if (same == flat[i].Inputs.Count) agreeSequences++;
}
Console.WriteLine($"weights: {path}, {new FileInfo(path).Length / 1e6:F1} MB");
Console.WriteLine($"C# forward pass vs TorchSharp on dev: {agreeSequences}/{flat.Count} paragraphs and {agreeTokens}/{tokens} tokens the same; "
    + $"{tokens / cSharpWatch.Elapsed.TotalSeconds:F0} tokens/s on one core");
var gated = flat.Where(s => s.Unit.Tokens.Any(t => t.Kind == Attribution.Syntax.TokenKind.QuoteMark) || s.Inputs.Dense.Where((_, k) => k % TokenInputs.DenseWidth == TokenInputs.TagCount + 1).Any(v => v > 0)).Sum(s => s.Inputs.Count);
Console.WriteLine($"paragraphs with a quotation mark or a lexicon cue: {gated / (double)tokens:P0} of dev tokens");
Console.WriteLine($"total: {watch.Elapsed.TotalMinutes:F1} min");
return 0;

static List<List<int[]>> TorchTags(BiLstmCrf model, List<List<Sequence>> articles, TaggerWeights weights)
{
    model.eval();
    using var _ = no_grad();
    var result = new List<List<int[]>>();
    foreach (var article in articles)
    {
        var tags = new List<int[]>();
        foreach (var chunk in article.Chunk(64))
        {
            using var scope = NewDisposeScope();
            using var batch = Batch.Of(chunk);
            var emissions = model.call(batch).contiguous().data<float>().ToArray();
            var steps = (int)batch.Words.shape[1];
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = chunk[i].Inputs.Count;
                var rows = emissions.AsSpan(i * steps * TokenInputs.TagCount, n * TokenInputs.TagCount).ToArray();
                tags.Add(NeuralTagger.Viterbi(rows, n, weights.Start, weights.End, weights.Transitions));
            }
        }
        result.Add(tags);
    }
    return result;
}

static (EvaluationResult Rules, EvaluationResult Model, List<(string, EvaluationResult)> Hybrids) Evaluate(IReadOnlyList<Article> articles, List<List<Sequence>> sequences, List<List<int[]>> tags)
{
    var rules = new Scorer();
    var learned = new Scorer();
    var hybrids = Hybrids.All.Select(_ => new Scorer()).ToArray();
    for (var a = 0; a < articles.Count; a++)
    {
        var article = articles[a];
        var library = sequences[a].Count > 0 ? sequences[a][0].Unit.Library : [];
        var predictions = new List<PredictedAttribution>();
        for (var i = 0; i < sequences[a].Count; i++)
        {
            var unit = sequences[a][i].Unit;
            predictions.AddRange(Decoder.Attributions(unit.Tokens, tags[a][i], unit.SentenceStarts));
        }
        rules.Add(article, library);
        learned.Add(article, predictions);
        for (var h = 0; h < hybrids.Length; h++) hybrids[h].Add(article, Hybrids.All[h].Combine(article.Text, library, predictions));
    }
    return (rules.Result(), learned.Result(), [.. Hybrids.All.Select((h, i) => (h.Name, hybrids[i].Result()))]);
}

static void Load(BiLstmCrf target, BiLstmCrf trained, TaggerWeights weights)
{
    // The chosen epoch's weights go back through the exported arrays, so TorchSharp scores exactly what was written.
    using var _ = no_grad();
    var values = new Dictionary<string, float[]>
    {
        ["_words.weight"] = weights.WordEmbeddings,
        ["_shapes.weight"] = weights.ShapeEmbeddings,
        ["_suffixes.weight"] = weights.SuffixEmbeddings,
        ["_output.weight"] = weights.OutputWeights,
        ["_output.bias"] = weights.OutputBias,
        ["_start"] = weights.Start,
        ["_end"] = weights.End,
        ["_transitions"] = weights.Transitions,
    };
    for (var layer = 0; layer < weights.Layers; layer++)
    {
        for (var d = 0; d < 2; d++)
        {
            var name = $"l{layer}{(d == 0 ? "" : "_reverse")}";
            var direction = weights.Directions[2 * layer + d];
            values[$"_lstm.weight_ih_{name}"] = direction.InputWeights;
            values[$"_lstm.weight_hh_{name}"] = direction.RecurrentWeights;
            values[$"_lstm.bias_ih_{name}"] = direction.Bias;
            values[$"_lstm.bias_hh_{name}"] = new float[direction.Bias.Length];
        }
    }
    foreach (var (name, parameter) in target.named_parameters())
    {
        parameter.copy_(torch.tensor(values[name], parameter.shape));
    }
}

static string Line(EvaluationResult r) =>
    $"all exact {r.AllExact.F1:F3} all overlap {r.AllOverlap.F1:F3} source exact {r.SourceExact.F1:F3} direct exact {r.DirectExact.F1:F3} speaker {r.SpeakerAccuracy.Value:F3}";

static string Row(EvaluationResult r) =>
    $"{r.DirectOverlap.F1:F3} | {r.DirectExact.F1:F3} | {r.AllOverlap.F1:F3} | {r.AllExact.F1:F3} | {r.SourceOverlap.F1:F3} | {r.SourceExact.F1:F3} | {r.SpeakerAccuracy.Value:F3}";

static void Errors(string name, EvaluationResult r) =>
    Console.WriteLine($"{name} errors: " + string.Join(", ", Enum.GetValues<ErrorKind>().Select(k => $"{r.Errors.Count(e => e.Kind == k)} {k}")));
