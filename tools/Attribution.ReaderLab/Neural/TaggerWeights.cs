using System.Text;

namespace Attribution.Neural;

/// <summary>
/// The trained weights of the BiLSTM-CRF tagger and the file that holds them. Little-endian:
/// <code>
/// "ATRN"  int32 format version (1)
/// int32 ×7  word, shape and suffix embedding widths, dense width, hidden width (each direction), layers, tags
/// 3 ×     int32 count, then count × (int32 byte length, UTF-8 bytes): words, shapes, suffixes (id = index + 1)
/// float32 arrays, each preceded by its int32 length, in this order: word, shape and suffix embeddings
///         (rows of ids); for each layer, forward then backward: input weights [4H × input], recurrent weights
///         [4H × H], bias [4H] (gates i, f, g, o); output weights [tags × 2H], output bias [tags];
///         CRF start [tags], end [tags], transitions [from × to]
/// </code>
/// </summary>
public sealed class TaggerWeights
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "ATRN"u8.ToArray();

    public required TaggerVocabulary Vocabulary { get; init; }
    public required int WordWidth { get; init; }
    public required int ShapeWidth { get; init; }
    public required int SuffixWidth { get; init; }
    public required int Hidden { get; init; }
    public required int Layers { get; init; }
    public required float[] WordEmbeddings { get; init; }
    public required float[] ShapeEmbeddings { get; init; }
    public required float[] SuffixEmbeddings { get; init; }

    /// <summary>Per layer, forward direction then backward.</summary>
    public required LstmDirection[] Directions { get; init; }
    public required float[] OutputWeights { get; init; }
    public required float[] OutputBias { get; init; }
    public required float[] Start { get; init; }
    public required float[] End { get; init; }
    public required float[] Transitions { get; init; }

    public int InputWidth => WordWidth + ShapeWidth + SuffixWidth + TokenInputs.DenseWidth;

    /// <summary>How many values direction <paramref name="direction"/> reads per token: the token's inputs in the first layer, both directions of the layer below in the others.</summary>
    public static int DirectionInputWidth(int direction, int inputWidth, int hidden) => direction < 2 ? inputWidth : 2 * hidden;

    public static TaggerWeights Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a tagger weights file");
        }
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"tagger weights format {version}; this reader knows {FormatVersion}");
        }
        var wordWidth = reader.ReadInt32();
        var shapeWidth = reader.ReadInt32();
        var suffixWidth = reader.ReadInt32();
        var denseWidth = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var layers = reader.ReadInt32();
        var tags = reader.ReadInt32();
        if (denseWidth != TokenInputs.DenseWidth || tags != TokenInputs.TagCount || layers < 1 || hidden < 1)
        {
            throw new InvalidDataException("tagger weights of another shape");
        }
        var vocabulary = new TaggerVocabulary(ReadStrings(reader), ReadStrings(reader), ReadStrings(reader));
        var words = ReadFloats(reader, vocabulary.WordCount * wordWidth);
        var shapes = ReadFloats(reader, vocabulary.ShapeCount * shapeWidth);
        var suffixes = ReadFloats(reader, vocabulary.SuffixCount * suffixWidth);
        var directions = new LstmDirection[layers * 2];
        var input = wordWidth + shapeWidth + suffixWidth + denseWidth;
        for (var d = 0; d < directions.Length; d++)
        {
            var width = DirectionInputWidth(d, input, hidden);
            directions[d] = new LstmDirection(
                ReadFloats(reader, 4 * hidden * width), ReadFloats(reader, 4 * hidden * hidden), ReadFloats(reader, 4 * hidden));
        }
        return new TaggerWeights
        {
            Vocabulary = vocabulary,
            WordWidth = wordWidth,
            ShapeWidth = shapeWidth,
            SuffixWidth = suffixWidth,
            Hidden = hidden,
            Layers = layers,
            WordEmbeddings = words,
            ShapeEmbeddings = shapes,
            SuffixEmbeddings = suffixes,
            Directions = directions,
            OutputWeights = ReadFloats(reader, tags * 2 * hidden),
            OutputBias = ReadFloats(reader, tags),
            Start = ReadFloats(reader, tags),
            End = ReadFloats(reader, tags),
            Transitions = ReadFloats(reader, tags * tags),
        };
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        foreach (var value in new[] { WordWidth, ShapeWidth, SuffixWidth, TokenInputs.DenseWidth, Hidden, Layers, TokenInputs.TagCount })
        {
            writer.Write(value);
        }
        WriteStrings(writer, Vocabulary.WordList);
        WriteStrings(writer, Vocabulary.ShapeList);
        WriteStrings(writer, Vocabulary.SuffixList);
        WriteFloats(writer, WordEmbeddings);
        WriteFloats(writer, ShapeEmbeddings);
        WriteFloats(writer, SuffixEmbeddings);
        foreach (var direction in Directions)
        {
            WriteFloats(writer, direction.InputWeights);
            WriteFloats(writer, direction.RecurrentWeights);
            WriteFloats(writer, direction.Bias);
        }
        WriteFloats(writer, OutputWeights);
        WriteFloats(writer, OutputBias);
        WriteFloats(writer, Start);
        WriteFloats(writer, End);
        WriteFloats(writer, Transitions);
    }

    private static List<string> ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var strings = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            strings.Add(Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadInt32())));
        }
        return strings;
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var s in strings)
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int expected)
    {
        var length = reader.ReadInt32();
        if (length != expected)
        {
            throw new InvalidDataException($"tagger weights: an array of {length} values where {expected} were expected");
        }
        var values = new float[length];
        var bytes = reader.ReadBytes(length * sizeof(float));
        if (bytes.Length != length * sizeof(float))
        {
            throw new InvalidDataException("tagger weights: the file ends early");
        }
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }
}

/// <summary>One direction of one LSTM layer: row-major weights of the four gates (i, f, g, o) and their summed biases.</summary>
public sealed record LstmDirection(float[] InputWeights, float[] RecurrentWeights, float[] Bias);
