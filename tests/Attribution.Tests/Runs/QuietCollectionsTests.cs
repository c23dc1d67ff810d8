namespace Attribution.Tests.Runs;

/// <summary>When a collection between files is due, and what it does, against the real collector.</summary>
public class QuietCollectionsTests
{
    [Fact]
    public void Not_due_before_its_bytes_are_allocated()
    {
        var quiet = new QuietCollections(due: long.MaxValue / 2);
        _ = new byte[100_000];
        Assert.False(quiet.IsDue());
    }

    [Fact]
    public void Due_with_nothing_to_allocate_first()
    {
        Assert.True(new QuietCollections(due: 0).IsDue());
    }

    [Fact]
    public void A_collection_it_makes_is_counted_and_collects_the_first_generation()
    {
        var quiet = new QuietCollections(due: 0);
        var before = GC.CollectionCount(0);
        quiet.Collect();
        Assert.True(GC.CollectionCount(0) > before);
        Assert.Equal(1, quiet.Made);
        Assert.False(quiet.CameAnyway);
    }

    [Fact]
    public void A_called_off_collection_is_due_again_only_after_the_allocator_collects()
    {
        var quiet = new QuietCollections(due: 0);
        quiet.CallOff();
        Assert.False(quiet.IsDue());
        GC.Collect(0);
        Assert.True(quiet.CameAnyway);
        Assert.True(quiet.IsDue());
        Assert.Equal(0, quiet.Made);
    }

    [Fact]
    public void Is_made_only_for_a_run_whose_build_sets_the_budget()
    {
        // Tests run the managed build, which sets no budget: the collector sizes the first generation itself.
        Assert.Null(AppContext.GetData(FirstGenerationMemory.BudgetSetting));
        Assert.Null(QuietCollections.ForRun());
    }
}
