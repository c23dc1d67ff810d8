using System.Diagnostics;

namespace Attribution;

/// <summary>
/// Runs work items on several threads and hands the results back in item order, at most a fixed number of items
/// ahead of the one being read. The reader is one of the threads: while the item it waits for is still running
/// elsewhere, it runs the next item itself, so <c>workers</c> threads share <c>workers</c> cores and no thread only
/// waits to be woken for a result. A worker takes the next item as soon as it finishes one, whatever the others are
/// doing, so one long item stalls no other worker until the window is full; threads that wait block instead of
/// spinning, so every core spends its time on the work. Given <see cref="QuietCollections"/>, a due collection holds
/// back new items for a moment so that it is made between items rather than in the middle of one.
/// </summary>
internal sealed class OrderedWork<T> : IDisposable
{
    private readonly Func<int, T> _work;
    private readonly int _count;
    private readonly int _window;
    private readonly T[] _results;
    private readonly bool[] _done;
    private readonly Exception?[] _faults;
    private readonly Thread[] _workers;
    private readonly object _gate = new();
    private readonly QuietCollections? _quiet;
    private int _nextToStart;
    private int _running;
    private long _holdingSince;
    private int _nextToRead;
    private bool _stopped;

    /// <param name="count">How many items there are: 0 to count − 1.</param>
    /// <param name="workers">How many threads run items at once, the reader among them.</param>
    /// <param name="window">How many items may be done or running ahead of the one being read.</param>
    /// <param name="work">Runs one item; an exception it throws is thrown to the reader at that item.</param>
    /// <param name="quiet">When given, no item starts while a collection is due until the running ones finish, and the collection is made then.</param>
    public OrderedWork(int count, int workers, int window, Func<int, T> work, QuietCollections? quiet = null)
    {
        _work = work;
        _quiet = quiet;
        _count = count;
        _window = Math.Max(window, workers);
        _results = new T[_window];
        _done = new bool[_window];
        _faults = new Exception?[_window];
        // The reader is the first of the workers, so one thread fewer is started.
        _workers = new Thread[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = "attrib worker " + (i + 1) };
            _workers[i].Start();
        }
    }

    /// <summary>Every item's result in item order, each as soon as it and every item before it are done.</summary>
    public IEnumerable<T> InOrder()
    {
        for (var item = 0; item < _count; item++)
        {
            yield return Read(item);
        }
    }

    /// <summary>The result of <paramref name="item"/>, running other items while it is not done.</summary>
    private T Read(int item)
    {
        var slot = item % _window;
        while (true)
        {
            int own;
            lock (_gate)
            {
                if (_done[slot])
                {
                    if (_faults[slot] is { } fault)
                    {
                        throw new AggregateException(fault);
                    }
                    var result = _results[slot];
                    _results[slot] = default!;
                    _done[slot] = false;
                    _faults[slot] = null;
                    _nextToRead = item + 1;
                    Monitor.PulseAll(_gate);
                    return result;
                }
                if (!TryTake(out own))
                {
                    WaitAtGate();
                    continue;
                }
            }
            Run(own);
        }
    }

    private void Work()
    {
        while (true)
        {
            int item;
            lock (_gate)
            {
                while (!TryTake(out item))
                {
                    if (_stopped || _nextToStart >= _count)
                    {
                        return;
                    }
                    WaitAtGate();
                }
            }
            Run(item);
        }
    }

    /// <summary>The next item to run, if one is left and within the window; called under the gate.</summary>
    private bool TryTake(out int item)
    {
        item = _nextToStart;
        if (_stopped || item >= _count || item >= _nextToRead + _window || IsHolding())
        {
            return false;
        }
        _nextToStart++;
        _running++;
        return true;
    }

    /// <summary>
    /// Whether items are held back for a collection until the running ones finish; called under the gate. A hold
    /// lasts at most <see cref="MaxHold"/>, and not past a collection the allocator made meanwhile.
    /// </summary>
    private bool IsHolding()
    {
        if (_holdingSince == 0)
        {
            return false;
        }
        if (_quiet!.CameAnyway || Stopwatch.GetElapsedTime(_holdingSince) > MaxHold)
        {
            _quiet.CallOff();
            _holdingSince = 0;
            Monitor.PulseAll(_gate);
            return false;
        }
        return true;
    }

    /// <summary>
    /// How long idle threads wait for the running items to finish before a collection: about the time a collection
    /// in the middle of a file costs both workers, beyond which waiting costs more than it saves.
    /// </summary>
    private static readonly TimeSpan MaxHold = TimeSpan.FromMilliseconds(2);

    /// <summary>Waits for a pulse of the gate, or for a hold to run out; called under the gate.</summary>
    private void WaitAtGate()
    {
        if (_holdingSince == 0)
        {
            Monitor.Wait(_gate);
            return;
        }
        var left = MaxHold - Stopwatch.GetElapsedTime(_holdingSince);
        Monitor.Wait(_gate, left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    /// <summary>After an item: a collection that has come due starts a hold, and is made once no item runs; called under the gate.</summary>
    private void CollectWhenQuiet()
    {
        _running--;
        if (_quiet is null)
        {
            return;
        }
        if (_holdingSince == 0 && _quiet.IsDue())
        {
            _holdingSince = Stopwatch.GetTimestamp();
        }
        if (_holdingSince != 0 && _running == 0)
        {
            _quiet.Collect();
            _holdingSince = 0;
        }
    }

    /// <summary>Runs one item and leaves its result, or what it threw, in its slot for the reader.</summary>
    private void Run(int item)
    {
        T result = default!;
        Exception? fault = null;
        try
        {
            result = _work(item);
        }
        catch (Exception e)
        {
            fault = e;
        }
        lock (_gate)
        {
            _results[item % _window] = result;
            _faults[item % _window] = fault;
            _done[item % _window] = true;
            CollectWhenQuiet();
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Stops handing out items (a reader that stops early) and waits for the running ones to finish.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var worker in _workers)
        {
            worker.Join();
        }
    }
}
