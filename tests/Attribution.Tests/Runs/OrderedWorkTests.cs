namespace Attribution.Tests.Runs;

/// <summary>Work on several threads read back in order, never further ahead than the window, and stopped cleanly.</summary>
public class OrderedWorkTests
{
    [Fact]
    public void Results_come_in_item_order_when_later_items_finish_first()
    {
        // Even items take longer, so odd ones usually finish before the item before them.
        using var work = new OrderedWork<int>(60, 3, 6, i =>
        {
            Thread.Sleep(i % 2 == 0 ? 3 : 0);
            return i * i;
        });
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * i), work.InOrder());
    }

    [Fact]
    public void No_item_starts_more_than_the_window_ahead_of_the_one_being_read()
    {
        const int window = 4;
        var started = 0;
        using var work = new OrderedWork<int>(50, 3, window, i =>
        {
            Interlocked.Increment(ref started);
            return i;
        });
        var read = 0;
        foreach (var item in work.InOrder())
        {
            Assert.Equal(read, item);
            read++;
            Thread.Sleep(2); // a slow reader: the workers would run far ahead if nothing held them
            Assert.InRange(Volatile.Read(ref started), read, read + window);
        }
        Assert.Equal(50, read);
    }

    [Fact]
    public void An_exception_from_an_item_reaches_the_reader()
    {
        using var work = new OrderedWork<int>(10, 2, 4, i => i == 5 ? throw new InvalidOperationException("item five") : i);
        var read = new List<int>();
        var thrown = Assert.Throws<AggregateException>(() =>
        {
            foreach (var item in work.InOrder())
            {
                read.Add(item);
            }
        });
        Assert.IsType<InvalidOperationException>(thrown.InnerException);
        Assert.Equal([0, 1, 2, 3, 4], read.Take(5));
    }

    [Fact]
    public void A_reader_that_stops_early_leaves_no_item_running_after_dispose()
    {
        var running = 0;
        var work = new OrderedWork<int>(1000, 2, 8, i =>
        {
            Interlocked.Increment(ref running);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        });
        Assert.Equal([0, 1, 2], work.InOrder().Take(3));
        work.Dispose();
        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void The_reader_is_one_of_the_threads_that_run_items()
    {
        // Two threads in all: item 0 waits for item 1 to finish, so the run ends only if the reader runs one of them.
        var reader = Environment.CurrentManagedThreadId;
        using var secondDone = new ManualResetEventSlim();
        var ranOn = new int[2];
        using var work = new OrderedWork<int>(2, 2, 4, i =>
        {
            ranOn[i] = Environment.CurrentManagedThreadId;
            if (i == 0)
            {
                Assert.True(secondDone.Wait(TimeSpan.FromSeconds(10)), "item 1 never ran beside item 0");
            }
            else
            {
                secondDone.Set();
            }
            return i;
        });
        Assert.Equal([0, 1], work.InOrder());
        Assert.Contains(reader, ranOn);
        Assert.NotEqual(ranOn[0], ranOn[1]);
    }

    [Fact]
    public void No_items_need_no_reading()
    {
        using var work = new OrderedWork<int>(0, 2, 4, i => i);
        Assert.Empty(work.InOrder());
    }

    [Fact]
    public void A_due_collection_is_made_once_no_item_runs()
    {
        var quiet = new QuietCollections(due: 0);
        using var work = new OrderedWork<int>(1, 2, 4, i => i, quiet);
        Assert.Equal([0], work.InOrder());
        Assert.Equal(1, quiet.Made);
    }

    [Fact]
    public void A_due_collection_waits_for_a_long_item_but_does_not_stall_the_others()
    {
        // Due after every item. Item 0 runs until every other item is done; the hold that the first of them starts
        // must give way, or they never run beside it, and no collection may be made while item 0 runs.
        var quiet = new QuietCollections(due: 0);
        using var othersDone = new CountdownEvent(5);
        int? madeWhileItemZeroRan = null;
        using var work = new OrderedWork<int>(6, 2, 8, i =>
        {
            if (i == 0)
            {
                Assert.True(othersDone.Wait(TimeSpan.FromSeconds(10)), "the other items were held back behind item 0");
                madeWhileItemZeroRan = quiet.Made;
            }
            else
            {
                othersDone.Signal();
            }
            return i;
        }, quiet);
        Assert.Equal([0, 1, 2, 3, 4, 5], work.InOrder());
        Assert.Equal(0, madeWhileItemZeroRan);
    }
}
