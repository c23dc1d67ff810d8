namespace Attribution;

/// <summary>
/// Collects the first generation between files, when it is nearly spent, instead of leaving the collection to an
/// allocation in the middle of a file. Between files little is alive but what the whole run keeps, so the collection
/// copies almost nothing; in the middle of one the collector copies the file's half-built analysis into the older
/// generations, into memory touched for the first time, with every worker stopped. Not thread-safe: its caller
/// serialises the calls.
/// </summary>
internal sealed class QuietCollections
{
    private readonly long _due;
    private long _allocatedAtCollection;
    private int _collections;
    private bool _calledOff;

    /// <param name="due">Bytes allocated since the last collection from which one is due.</param>
    internal QuietCollections(long due)
    {
        _due = due;
        _collections = GC.CollectionCount(0);
        _allocatedAtCollection = GC.GetTotalAllocatedBytes();
    }

    /// <summary>
    /// For a run of the published executable, which tells the library its first-generation budget: due at three
    /// quarters of it, which leaves the files in progress room to finish before the allocator collects by itself.
    /// Elsewhere the collector sizes the first generation itself, and nothing says when it is nearly spent.
    /// </summary>
    public static QuietCollections? ForRun() =>
        FirstGenerationMemory.BudgetFromBuild() is { } budget ? new QuietCollections(budget / 4 * 3) : null;

    /// <summary>How many collections this has made.</summary>
    public int Made { get; private set; }

    /// <summary>Whether enough has been allocated since the last collection, ours or the allocator's, for one to be due.</summary>
    public bool IsDue()
    {
        var count = GC.CollectionCount(0);
        if (count != _collections)
        {
            // The allocator collected (a file larger than the rest of the budget): count from here.
            _collections = count;
            _allocatedAtCollection = GC.GetTotalAllocatedBytes();
            _calledOff = false;
        }
        return !_calledOff && GC.GetTotalAllocatedBytes() - _allocatedAtCollection >= _due;
    }

    /// <summary>Whether a collection has come since <see cref="IsDue"/> last looked: waiting for a quiet moment is then pointless.</summary>
    public bool CameAnyway => GC.CollectionCount(0) != _collections;

    /// <summary>Collects the first generation now.</summary>
    public void Collect()
    {
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        Made++;
        _collections = GC.CollectionCount(0);
        _allocatedAtCollection = GC.GetTotalAllocatedBytes();
    }

    /// <summary>No quiet moment came in time: the allocator makes this collection, and none is due until it has.</summary>
    public void CallOff() => _calledOff = true;
}
