namespace Attribution.Semantics;

/// <summary>
/// Items by deletion key (a word in lower case with one letter left out, or none): two words one edit or one swap
/// apart share a key. Each key's items are kept in the order they were added, chained by links: most keys have one
/// item, and a link costs less than a list a key. Keys are given as spans; only a key not yet in the index becomes
/// a string.
/// </summary>
internal sealed class DeletionKeyIndex<T>
    where T : class
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstLink;
    private readonly (T Item, int Next)[] _links;
    private int _linkCount;

    /// <param name="capacity">How many keys will be added, at most.</param>
    public DeletionKeyIndex(int capacity)
    {
        _firstLink = new Dictionary<string, int>(capacity, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _links = new (T, int)[capacity];
    }

    /// <summary>
    /// The word in lower case with the letter at <paramref name="left"/> left out (-1: none left out), written
    /// into <paramref name="buffer"/> when a letter is left out.
    /// </summary>
    public static ReadOnlySpan<char> Key(ReadOnlySpan<char> lower, int left, Span<char> buffer)
    {
        if (left < 0)
        {
            return lower;
        }
        lower[..left].CopyTo(buffer);
        lower[(left + 1)..].CopyTo(buffer[left..]);
        return buffer[..(lower.Length - 1)];
    }

    /// <summary>Adds the item under the key, after the key's other items, unless it is there already.</summary>
    public void Add(ReadOnlySpan<char> key, T item)
    {
        if (!_firstLink.TryGetValue(key, out var link))
        {
            _firstLink[key] = NewLink(item);
            return;
        }
        while (!ReferenceEquals(_links[link].Item, item))
        {
            if (_links[link].Next < 0)
            {
                _links[link].Next = NewLink(item);
                return;
            }
            link = _links[link].Next;
        }
    }

    /// <summary>The key's first link, or -1 when no item has the key; <see cref="Next"/> gives the rest in order.</summary>
    public int First(ReadOnlySpan<char> key) => _firstLink.TryGetValue(key, out var link) ? link : -1;

    /// <summary>The link after this one under the same key, or -1.</summary>
    public int Next(int link) => _links[link].Next;

    public T ItemAt(int link) => _links[link].Item;

    private int NewLink(T item)
    {
        _links[_linkCount] = (item, -1);
        return _linkCount++;
    }
}
