using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Attribution.Benchmarks;

/// <summary>
/// Each collection of a run, one line each: at which file it came, its generation, pause and bytes promoted (read from
/// <see cref="GC.GetGCMemoryInfo(GCKind)"/> after each file), and why the collector chose that generation (the
/// condemn reasons of the runtime's <c>GCPerHeapHistory</c> event: a generation for each step of the decision, and
/// the conditions that raised it, as numbered in the runtime's gcrecord.h).
/// </summary>
internal sealed class CollectionLog : EventListener
{
    private const EventKeywords GarbageCollection = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<long, (long Generations, long Conditions)> _reasons = new();
    private readonly List<Collection> _collections = [];
    private long _lastIndex = -1;

    // Read and written on the thread that delivers the events only: GCStart comes before the GCPerHeapHistory of the
    // same collection, so the history is filed under the collection that started last.
    private long _currentCollection;

    private readonly record struct Collection(int File, long Index, int Generation, double PauseMs, double PromotedMb, bool Compacted);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, GarbageCollection);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.Payload is null || e.PayloadNames is null)
        {
            return;
        }
        if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
        {
            _currentCollection = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("Count")], CultureInfo.InvariantCulture);
        }
        else if (e.EventName.StartsWith("GCPerHeapHistory", StringComparison.Ordinal))
        {
            _reasons[_currentCollection] = (
                Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("CondemnReasons0")], CultureInfo.InvariantCulture),
                Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("CondemnReasons1")], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Starts counting from the collections made so far.</summary>
    public void Start() => _lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;

    /// <summary>Notes the collections made since the last call, as coming before file <paramref name="file"/> was handed back.</summary>
    public void AfterFile(int file)
    {
        foreach (var kind in new[] { GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background })
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index > _lastIndex)
            {
                _collections.Add(new Collection(file, info.Index, info.Generation, info.PauseDurations[0].TotalMilliseconds, info.PromotedBytes / 1e6, info.Compacted));
            }
        }
        _lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
    }

    /// <summary>Forgets the collections written, for the next pass.</summary>
    public void Clear() => _collections.Clear();

    /// <summary>Writes the collections, with the reasons the events gave by then (they are delivered a little after each collection).</summary>
    public void Write(TextWriter output)
    {
        Thread.Sleep(200);
        output.WriteLine($"{"file",6} {"index",5} {"gen",4} {"pause ms",9} {"promoted MB",11} {"compacted",9}  reasons (generations; conditions)");
        foreach (var c in _collections)
        {
            var reasons = _reasons.TryGetValue(c.Index, out var r) ? $"{Generations(r.Generations)}; {Conditions(r.Conditions)}" : "?";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.File,6} {c.Index,5} {c.Generation,4} {c.PauseMs,9:F2} {c.PromotedMb,11:F2} {(c.Compacted ? "yes" : "no"),9}  {reasons}"));
        }
    }

    // Two bits a step: initial, final per heap, allocation budget, time tuning.
    private static string Generations(long packed) =>
        string.Create(CultureInfo.InvariantCulture, $"initial {packed & 3}, final {(packed >> 2) & 3}, budget {(packed >> 4) & 3}");

    private static string Conditions(long bits)
    {
        var set = Enumerable.Range(0, 32).Where(bit => (bits & (1L << bit)) != 0).Select(bit => bit switch
        {
            0 => "induced",
            4 => "low ephemeral space",
            5 => "low card efficiency",
            11 => "gen2 budget spent",
            13 => "gen2 too small for a background collection",
            _ => "condition " + bit.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        return set.Count == 0 ? "none" : string.Join(", ", set);
    }
}
