using System.Collections.Concurrent;
using System.IO.Compression;

namespace Attribution.Records;

/// <summary>
/// Public records in <see cref="PublicRecordsFormat"/> opened for reading by surname: the header is read up front, a
/// chunk is unpacked the first time one of its surnames is asked for, and a surname's people are made once and the
/// same objects handed out after. Safe to share between threads.
/// </summary>
internal sealed class RecordsFile
{
    internal readonly record struct ChunkEntry(string FirstKey, int Offset, int PackedLength, int Length);

    private readonly Stream _stream;
    private readonly long _chunksStart;
    private readonly ChunkEntry[] _chunks;
    private readonly byte[]?[] _unpacked;
    private readonly ConcurrentDictionary<string, RecordPerson[]> _bySurname = new(StringComparer.Ordinal);

    internal RecordsFile(Stream stream, long chunksStart, string snapshot, ChunkEntry[] chunks)
    {
        _stream = stream;
        _chunksStart = chunksStart;
        Snapshot = snapshot;
        _chunks = chunks;
        _unpacked = new byte[chunks.Length][];
    }

    public string Snapshot { get; }

    /// <summary>The people filed under a surname key (<see cref="PublicRecordsFormat.SurnameKey"/>), in the records' order.</summary>
    public IReadOnlyList<RecordPerson> WithSurnameKey(string key) => _bySurname.GetOrAdd(key, Read);

    private RecordPerson[] Read(string key)
    {
        // The chunk that files the key is the last one whose first key is not after it.
        int low = 0, high = _chunks.Length - 1, chunk = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_chunks[middle].FirstKey, key) <= 0)
            {
                chunk = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return chunk < 0 ? [] : PublicRecordsFormat.ReadSurname(Unpacked(chunk), key);
    }

    private byte[] Unpacked(int chunk)
    {
        if (Volatile.Read(ref _unpacked[chunk]) is { } done)
        {
            return done;
        }
        var entry = _chunks[chunk];
        var packed = new byte[entry.PackedLength];
        lock (_stream)
        {
            _stream.Position = _chunksStart + entry.Offset;
            _stream.ReadExactly(packed);
        }
        var plain = new byte[entry.Length];
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
            deflate.ReadExactly(plain);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException("the public records are damaged", e);
        }
        // Two threads may unpack the same chunk; both copies are the same bytes and one is kept.
        return Interlocked.CompareExchange(ref _unpacked[chunk], plain, null) ?? plain;
    }
}
