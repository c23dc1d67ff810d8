using System.Numerics.Tensors;

namespace Attribution.Neural;

/// <summary>
/// The forward pass of the BiLSTM-CRF tagger in plain arrays: embeddings and flags, the bidirectional LSTM layers,
/// a linear layer to tag scores, and Viterbi decoding under the CRF's start, end and transition scores.
/// </summary>
public sealed class NeuralTagger(TaggerWeights weights)
{
    public TaggerWeights Weights { get; } = weights ?? throw new ArgumentNullException(nameof(weights));

    /// <summary>The best tag of each token.</summary>
    public int[] Tag(TokenInputs inputs) => Viterbi(Emissions(inputs), inputs.Count, Weights.Start, Weights.End, Weights.Transitions);

    /// <summary>Tag scores, <see cref="TokenInputs.TagCount"/> per token, row-major.</summary>
    public float[] Emissions(TokenInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var w = Weights;
        var n = inputs.Count;
        var width = w.InputWidth;
        var x = new float[n * width];
        for (var t = 0; t < n; t++)
        {
            var row = x.AsSpan(t * width, width);
            w.WordEmbeddings.AsSpan(inputs.Words[t] * w.WordWidth, w.WordWidth).CopyTo(row);
            w.ShapeEmbeddings.AsSpan(inputs.Shapes[t] * w.ShapeWidth, w.ShapeWidth).CopyTo(row[w.WordWidth..]);
            w.SuffixEmbeddings.AsSpan(inputs.Suffixes[t] * w.SuffixWidth, w.SuffixWidth).CopyTo(row[(w.WordWidth + w.ShapeWidth)..]);
            inputs.Dense.AsSpan(t * TokenInputs.DenseWidth, TokenInputs.DenseWidth).CopyTo(row[(w.WordWidth + w.ShapeWidth + w.SuffixWidth)..]);
        }
        var h = w.Hidden;
        for (var layer = 0; layer < w.Layers; layer++)
        {
            var output = new float[n * 2 * h];
            Run(w.Directions[2 * layer], x, width, n, h, output, 0, backward: false);
            Run(w.Directions[2 * layer + 1], x, width, n, h, output, h, backward: true);
            x = output;
            width = 2 * h;
        }
        const int tags = TokenInputs.TagCount;
        var emissions = new float[n * tags];
        for (var t = 0; t < n; t++)
        {
            var features = x.AsSpan(t * width, width);
            for (var k = 0; k < tags; k++)
            {
                emissions[t * tags + k] = TensorPrimitives.Dot(w.OutputWeights.AsSpan(k * width, width), features) + w.OutputBias[k];
            }
        }
        return emissions;
    }

    private static void Run(LstmDirection direction, float[] x, int width, int n, int h, float[] output, int offset, bool backward)
    {
        var gates = new float[4 * h];
        var state = new float[h];
        var cell = new float[h];
        for (var step = 0; step < n; step++)
        {
            var t = backward ? n - 1 - step : step;
            var input = x.AsSpan(t * width, width);
            for (var r = 0; r < 4 * h; r++)
            {
                gates[r] = TensorPrimitives.Dot(direction.InputWeights.AsSpan(r * width, width), input)
                    + TensorPrimitives.Dot(direction.RecurrentWeights.AsSpan(r * h, h), state)
                    + direction.Bias[r];
            }
            var i = gates.AsSpan(0, h);
            var f = gates.AsSpan(h, h);
            var g = gates.AsSpan(2 * h, h);
            var o = gates.AsSpan(3 * h, h);
            TensorPrimitives.Sigmoid(i, i);
            TensorPrimitives.Sigmoid(f, f);
            TensorPrimitives.Tanh(g, g);
            TensorPrimitives.Sigmoid(o, o);
            TensorPrimitives.Multiply(cell, f, cell);
            TensorPrimitives.MultiplyAdd(i, g, cell, cell);
            var result = output.AsSpan(t * 2 * h + offset, h);
            TensorPrimitives.Tanh(cell, result);
            TensorPrimitives.Multiply(result, o, result);
            result.CopyTo(state);
        }
    }

    /// <summary>The highest-scoring tag sequence; ties go to the lower tag.</summary>
    public static int[] Viterbi(float[] emissions, int n, float[] start, float[] end, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        ArgumentNullException.ThrowIfNull(transitions);
        const int tags = TokenInputs.TagCount;
        if (n == 0) return [];
        var score = new float[tags];
        var next = new float[tags];
        var back = new int[n * tags];
        for (var k = 0; k < tags; k++) score[k] = start[k] + emissions[k];
        for (var t = 1; t < n; t++)
        {
            for (var k = 0; k < tags; k++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var j = 0; j < tags; j++)
                {
                    var s = score[j] + transitions[j * tags + k];
                    if (s > best)
                    {
                        best = s;
                        from = j;
                    }
                }
                next[k] = best + emissions[t * tags + k];
                back[t * tags + k] = from;
            }
            (score, next) = (next, score);
        }
        var last = 0;
        for (var k = 1; k < tags; k++)
        {
            if (score[k] + end[k] > score[last] + end[last]) last = k;
        }
        var path = new int[n];
        path[n - 1] = last;
        for (var t = n - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]];
        return path;
    }
}
