namespace Attribution;

/// <summary>
/// Runs work items on dedicated threads and hands the results back in item order, at most a fixed number of items
/// ahead of the one being read. A worker takes the next item as soon as it finishes one, whatever the others are
/// doing, so one long item stalls only the reader, never the other workers, until the window is full; and threads
/// that wait block instead of spinning, so a second core spends its time on the work.
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
    private int _nextToStart;
    private int _nextToRead;
    private bool _stopped;

    /// <param name="count">How many items there are: 0 to count − 1.</param>
    /// <param name="workers">How many threads run items at once.</param>
    /// <param name="window">How many items may be done or running ahead of the one being read.</param>
    /// <param name="work">Runs one item; an exception it throws is thrown to the reader at that item.</param>
    public OrderedWork(int count, int workers, int window, Func<int, T> work)
    {
        _work = work;
        _count = count;
        _window = Math.Max(window, workers);
        _results = new T[_window];
        _done = new bool[_window];
        _faults = new Exception?[_window];
        _workers = new Thread[Math.Max(1, Math.Min(workers, count))];
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
            T result;
            lock (_gate)
            {
                var slot = item % _window;
                while (!_done[slot])
                {
                    Monitor.Wait(_gate);
                }
                if (_faults[slot] is { } fault)
                {
                    throw new AggregateException(fault);
                }
                result = _results[slot];
                _results[slot] = default!;
                _done[slot] = false;
                _faults[slot] = null;
                _nextToRead = item + 1;
                Monitor.PulseAll(_gate);
            }
            yield return result;
        }
    }

    private void Work()
    {
        while (true)
        {
            int item;
            lock (_gate)
            {
                while (!_stopped && _nextToStart < _count && _nextToStart >= _nextToRead + _window)
                {
                    Monitor.Wait(_gate);
                }
                if (_stopped || _nextToStart >= _count)
                {
                    return;
                }
                item = _nextToStart++;
            }
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
                Monitor.PulseAll(_gate);
            }
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
