using Attribution.Neural;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Tests.Neural;

public sealed class NeuralTaggerTests
{
    private const int Tags = TokenInputs.TagCount;

    [Fact]
    public void Viterbi_follows_the_transitions_not_only_the_best_tag_of_each_token()
    {
        var emissions = new float[2 * Tags];
        emissions[1] = 1.0f; // token 0: B-Q
        emissions[Tags + 2] = 0.9f; // token 1: I-Q a little below I-S
        emissions[Tags + 4] = 1.0f;
        var transitions = new float[Tags * Tags];
        var start = new float[Tags];
        var end = new float[Tags];

        Assert.Equal([1, 4], NeuralTagger.Viterbi(emissions, 2, start, end, transitions));

        transitions[1 * Tags + 4] = -5; // B-Q then I-S is all but forbidden
        Assert.Equal([1, 2], NeuralTagger.Viterbi(emissions, 2, start, end, transitions));
    }

    [Fact]
    public void Viterbi_counts_the_start_and_end_scores()
    {
        var emissions = new float[Tags];
        emissions[3] = 1.0f;
        var start = new float[Tags];
        var end = new float[Tags];
        Assert.Equal([3], NeuralTagger.Viterbi(emissions, 1, start, end, new float[Tags * Tags]));
        end[3] = -2;
        Assert.Equal([0], NeuralTagger.Viterbi(emissions, 1, start, end, new float[Tags * Tags]));
    }

    [Fact]
    public void Inputs_mark_quotations_cues_sentence_starts_and_the_rules_tags()
    {
        const string text = "He said “we won” today.";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var ruleTags = new int[tokens.Count];
        ruleTags[0] = 3; // the rules took "He" as a source
        var vocabulary = new TaggerVocabulary(["he", "won"], [], []);

        var inputs = TokenInputs.Of(tokens, ruleTags, [0], vocabulary);

        float Flag(string word, int column) => inputs.Dense[tokens.FindIndex(t => t.Text == word) * TokenInputs.DenseWidth + column];
        Assert.Equal(1, Flag("He", 3));
        Assert.Equal(0, Flag("He", 0));
        Assert.Equal(1, Flag("said", 0));
        Assert.Equal(1, Flag("we", Tags));
        Assert.Equal(1, Flag("”", Tags));
        Assert.Equal(0, Flag("today", Tags));
        Assert.Equal(1, Flag("said", Tags + 1));
        Assert.Equal(0, Flag("we", Tags + 1));
        Assert.Equal(1, Flag("He", Tags + 2));
        Assert.Equal(0, Flag("said", Tags + 2));
        Assert.Equal([1, 0, 0, 0, 2, 0, 0, 0], inputs.Words);
    }

    [Fact]
    public void One_token_goes_through_both_directions_and_the_output_layer_as_the_lstm_equations_say()
    {
        var weights = Weights(hidden: 1, layers: 1, new Random(5));
        var inputs = TokenInputs.Of(Tokenizer.Tokenize("Yes", new TextSpan(0, 3)), [0], [0], weights.Vocabulary);

        var emissions = new NeuralTagger(weights).Emissions(inputs);

        var x = new List<float>();
        x.AddRange(weights.WordEmbeddings.AsSpan(inputs.Words[0] * weights.WordWidth, weights.WordWidth).ToArray());
        x.AddRange(weights.ShapeEmbeddings.AsSpan(inputs.Shapes[0] * weights.ShapeWidth, weights.ShapeWidth).ToArray());
        x.AddRange(weights.SuffixEmbeddings.AsSpan(inputs.Suffixes[0] * weights.SuffixWidth, weights.SuffixWidth).ToArray());
        x.AddRange(inputs.Dense);
        double State(LstmDirection d)
        {
            double Gate(int r) => x.Select((v, k) => (double)v * d.InputWeights[r * x.Count + k]).Sum() + d.Bias[r];
            double Sigmoid(double v) => 1 / (1 + Math.Exp(-v));
            var cell = Sigmoid(Gate(0)) * Math.Tanh(Gate(2)); // no earlier cell: the forget gate has nothing to keep
            return Sigmoid(Gate(3)) * Math.Tanh(cell);
        }
        var forward = State(weights.Directions[0]);
        var backward = State(weights.Directions[1]);
        for (var k = 0; k < Tags; k++)
        {
            var expected = weights.OutputWeights[2 * k] * forward + weights.OutputWeights[2 * k + 1] * backward + weights.OutputBias[k];
            Assert.Equal(expected, emissions[k], 5);
        }
    }

    [Fact]
    public void The_weights_file_reads_back_what_was_written()
    {
        var weights = Weights(hidden: 3, layers: 2, new Random(11));
        const string text = "“Go,” she said. They left";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var inputs = TokenInputs.Of(tokens, new int[tokens.Count], [0, 6], weights.Vocabulary);
        using var stream = new MemoryStream();
        weights.Write(stream);
        stream.Position = 0;

        var read = TaggerWeights.Read(stream);

        Assert.Equal(weights.Vocabulary.WordList, read.Vocabulary.WordList);
        Assert.Equal(weights.Transitions, read.Transitions);
        Assert.Equal(new NeuralTagger(weights).Emissions(inputs), new NeuralTagger(read).Emissions(inputs));
        Assert.Equal(tokens.Count, new NeuralTagger(read).Tag(inputs).Length);
    }

    [Fact]
    public void A_file_of_another_kind_or_version_is_refused()
    {
        using var stream = new MemoryStream();
        Weights(hidden: 2, layers: 1, new Random(3)).Write(stream);
        var bytes = stream.ToArray();
        var otherVersion = (byte[])bytes.Clone();
        otherVersion[4] = 9;
        var truncated = bytes[..^10];

        Assert.Throws<InvalidDataException>(() => TaggerWeights.Read(new MemoryStream("JUNKJUNK"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => TaggerWeights.Read(new MemoryStream(otherVersion)));
        Assert.ThrowsAny<Exception>(() => TaggerWeights.Read(new MemoryStream(truncated)));
    }

    private static TaggerWeights Weights(int hidden, int layers, Random random)
    {
        var vocabulary = new TaggerVocabulary(["yes", "she", "said"], ["Xx", "x"], ["yes", "aid"]);
        const int word = 4, shape = 2, suffix = 3;
        float[] R(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1))];
        var input = word + shape + suffix + TokenInputs.DenseWidth;
        var directions = new LstmDirection[2 * layers];
        for (var d = 0; d < directions.Length; d++)
        {
            var width = TaggerWeights.DirectionInputWidth(d, input, hidden);
            directions[d] = new LstmDirection(R(4 * hidden * width), R(4 * hidden * hidden), R(4 * hidden));
        }
        return new TaggerWeights
        {
            Vocabulary = vocabulary,
            WordWidth = word,
            ShapeWidth = shape,
            SuffixWidth = suffix,
            Hidden = hidden,
            Layers = layers,
            WordEmbeddings = R(vocabulary.WordCount * word),
            ShapeEmbeddings = R(vocabulary.ShapeCount * shape),
            SuffixEmbeddings = R(vocabulary.SuffixCount * suffix),
            Directions = directions,
            OutputWeights = R(Tags * 2 * hidden),
            OutputBias = R(Tags),
            Start = R(Tags),
            End = R(Tags),
            Transitions = R(Tags * Tags),
        };
    }
}
