using Attribution.Neural;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attribution.ReaderTrainer;

/// <summary>
/// The tagger in TorchSharp for training: embeddings of word, shape and suffix beside the dense flags, a
/// bidirectional LSTM over the paragraph, a linear layer to the seven BIO tags and a linear-chain CRF over them.
/// </summary>
public sealed class BiLstmCrf : nn.Module<Batch, Tensor>
{
    private readonly Embedding _words;
    private readonly Embedding _shapes;
    private readonly Embedding _suffixes;
    private readonly LSTM _lstm;
    private readonly Linear _output;
    private readonly Parameter _start;
    private readonly Parameter _end;
    private readonly Parameter _transitions;
    private readonly double _dropout;

    public BiLstmCrf(TaggerVocabulary vocabulary, ModelSize size) : base(nameof(BiLstmCrf))
    {
        Size = size;
        _words = nn.Embedding(vocabulary.WordCount, size.WordWidth);
        _shapes = nn.Embedding(vocabulary.ShapeCount, size.ShapeWidth);
        _suffixes = nn.Embedding(vocabulary.SuffixCount, size.SuffixWidth);
        var input = size.WordWidth + size.ShapeWidth + size.SuffixWidth + TokenInputs.DenseWidth;
        _lstm = nn.LSTM(input, size.Hidden, size.Layers, batchFirst: true, dropout: size.Layers > 1 ? size.Dropout : 0, bidirectional: true);
        _output = nn.Linear(2 * size.Hidden, TokenInputs.TagCount);
        _start = new Parameter(zeros(TokenInputs.TagCount));
        _end = new Parameter(zeros(TokenInputs.TagCount));
        _transitions = new Parameter(zeros(TokenInputs.TagCount, TokenInputs.TagCount));
        _dropout = size.Dropout;
        RegisterComponents();
    }

    public ModelSize Size { get; }

    /// <summary>Tag scores [batch, time, tags].</summary>
    public override Tensor forward(Batch batch)
    {
        using var scope = NewDisposeScope();
        var x = cat([_words.call(batch.Words), _shapes.call(batch.Shapes), _suffixes.call(batch.Suffixes), batch.Dense], 2);
        x = nn.functional.dropout(x, _dropout, training);
        using var packed = nn.utils.rnn.pack_padded_sequence(x, batch.Lengths, batch_first: true, enforce_sorted: false);
        var (output, _, _) = _lstm.call(packed);
        var (padded, _) = nn.utils.rnn.pad_packed_sequence(output, batch_first: true);
        padded = nn.functional.dropout(padded, _dropout, training);
        return _output.call(padded).MoveToOuterDisposeScope();
    }

    /// <summary>Mean negative log-likelihood of the gold tags under the CRF.</summary>
    public Tensor Loss(Tensor emissions, Batch batch)
    {
        using var scope = NewDisposeScope();
        var tags = batch.Tags;
        var mask = batch.Mask;
        var steps = emissions.shape[1];
        var gold = emissions.gather(2, tags.unsqueeze(2)).squeeze(2).mul(mask).sum(1);
        gold = gold.add(_start.index_select(0, tags[.., 0]));
        if (steps > 1)
        {
            var pairs = tags[.., ..^1].mul(TokenInputs.TagCount).add(tags[.., 1..]);
            gold = gold.add(_transitions.view(-1).index_select(0, pairs.reshape(-1)).view(pairs.shape).mul(mask[.., 1..]).sum(1));
        }
        var last = tags.gather(1, batch.Lengths.sub(1).unsqueeze(1)).squeeze(1);
        gold = gold.add(_end.index_select(0, last));

        var alpha = _start.unsqueeze(0).add(emissions[.., 0]);
        for (var t = 1; t < steps; t++)
        {
            var next = alpha.unsqueeze(2).add(_transitions.unsqueeze(0)).add(emissions[.., t].unsqueeze(1)).logsumexp(1);
            alpha = where(mask[.., t].unsqueeze(1).gt(0), next, alpha);
        }
        var partition = alpha.add(_end.unsqueeze(0)).logsumexp(1);
        return partition.sub(gold).mean().MoveToOuterDisposeScope();
    }

    public TaggerWeights Export(TaggerVocabulary vocabulary)
    {
        var parameters = _lstm.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var directions = new List<LstmDirection>();
        for (var layer = 0; layer < Size.Layers; layer++)
        {
            foreach (var suffix in new[] { "", "_reverse" })
            {
                var name = $"l{layer}{suffix}";
                directions.Add(new LstmDirection(
                    Floats(parameters["weight_ih_" + name]),
                    Floats(parameters["weight_hh_" + name]),
                    Floats(parameters["bias_ih_" + name].add(parameters["bias_hh_" + name]))));
            }
        }
        return new TaggerWeights
        {
            Vocabulary = vocabulary,
            WordWidth = Size.WordWidth,
            ShapeWidth = Size.ShapeWidth,
            SuffixWidth = Size.SuffixWidth,
            Hidden = Size.Hidden,
            Layers = Size.Layers,
            WordEmbeddings = Floats(_words.weight!),
            ShapeEmbeddings = Floats(_shapes.weight!),
            SuffixEmbeddings = Floats(_suffixes.weight!),
            Directions = [.. directions],
            OutputWeights = Floats(_output.weight),
            OutputBias = Floats(_output.bias!),
            Start = Floats(_start),
            End = Floats(_end),
            Transitions = Floats(_transitions),
        };
    }

    private static float[] Floats(Tensor tensor)
    {
        using var _ = no_grad();
        using var copy = tensor.detach().contiguous();
        return copy.data<float>().ToArray();
    }
}

/// <summary>The widths of the embeddings and of the LSTM, its layers, and the dropout around it.</summary>
public sealed record ModelSize(int WordWidth, int ShapeWidth, int SuffixWidth, int Hidden, int Layers, double Dropout);

/// <summary>A padded batch of sequences; <see cref="Mask"/> is 1 on real tokens.</summary>
public sealed class Batch : IDisposable
{
    public required Tensor Words { get; init; }
    public required Tensor Shapes { get; init; }
    public required Tensor Suffixes { get; init; }
    public required Tensor Dense { get; init; }
    public required Tensor Tags { get; init; }
    public required Tensor Mask { get; init; }
    public required Tensor Lengths { get; init; }

    /// <param name="dropWord">Whether to replace a known word by the unknown id (word dropout).</param>
    public static Batch Of(IReadOnlyList<Sequence> sequences, Func<bool>? dropWord = null)
    {
        var b = sequences.Count;
        var steps = sequences.Max(s => s.Inputs.Count);
        var words = new long[b * steps];
        var shapes = new long[b * steps];
        var suffixes = new long[b * steps];
        var dense = new float[b * steps * TokenInputs.DenseWidth];
        var tags = new long[b * steps];
        var mask = new float[b * steps];
        var lengths = new long[b];
        for (var i = 0; i < b; i++)
        {
            var inputs = sequences[i].Inputs;
            lengths[i] = inputs.Count;
            for (var t = 0; t < inputs.Count; t++)
            {
                var at = i * steps + t;
                var word = inputs.Words[t];
                words[at] = word != 0 && dropWord is not null && dropWord() ? 0 : word;
                shapes[at] = inputs.Shapes[t];
                suffixes[at] = inputs.Suffixes[t];
                tags[at] = sequences[i].Gold[t];
                mask[at] = 1;
            }
            Array.Copy(inputs.Dense, 0, dense, i * steps * TokenInputs.DenseWidth, inputs.Dense.Length);
        }
        return new Batch
        {
            Words = tensor(words, [b, steps]),
            Shapes = tensor(shapes, [b, steps]),
            Suffixes = tensor(suffixes, [b, steps]),
            Dense = tensor(dense, [b, steps, TokenInputs.DenseWidth]),
            Tags = tensor(tags, [b, steps]),
            Mask = tensor(mask, [b, steps]),
            Lengths = tensor(lengths, [b]),
        };
    }

    public void Dispose()
    {
        Words.Dispose();
        Shapes.Dispose();
        Suffixes.Dispose();
        Dense.Dispose();
        Tags.Dispose();
        Mask.Dispose();
        Lengths.Dispose();
    }
}

/// <summary>A paragraph ready for the network: its inputs and gold tags, and the unit it came from.</summary>
public sealed record Sequence(Attribution.ReaderLab.Unit Unit, TokenInputs Inputs, int[] Gold);
