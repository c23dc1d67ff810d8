using System.Runtime.InteropServices;

namespace Attribution.Tests.Runs;

public class FirstGenerationMemoryTests
{
    private const string TransparentHugePages = "/sys/kernel/mm/transparent_hugepage/enabled";

    [Fact]
    public void The_heap_range_holds_a_new_object_and_runs_on_from_its_mapping()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var address = FirstGenerationMemory.AddressOfNewObject();
        var (start, end) = FirstGenerationMemory.HeapRangeFrom(address);
        Assert.True(start <= address && address < end, $"{address:x} outside {start:x}-{end:x}");
        Assert.Equal(0UL, start % 4096);
        Assert.Equal(0UL, end % 4096);
    }

    [Fact]
    public void The_heap_is_marked_for_huge_pages_exactly_when_the_system_lends_them_on_request()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(TransparentHugePages))
        {
            return;
        }
        var onRequest = File.ReadAllText(TransparentHugePages).Contains("[madvise]", StringComparison.Ordinal);
        Assert.Equal(onRequest, FirstGenerationMemory.AdviseHugePagesForHeap());
        // An object held in place: other tests allocate meanwhile, and the next new object may stand in another region.
        var pinned = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
        try
        {
            var address = (ulong)pinned.AddrOfPinnedObject();
            Assert.Equal(onRequest, FirstGenerationMemory.AdviseHugePagesFrom(address));
            if (onRequest)
            {
                // The kernel shows the advice as the "hg" flag of the mapping that holds the object.
                Assert.Contains("hg", FlagsOfMappingHolding(address));
            }
        }
        finally
        {
            pinned.Free();
        }
    }

    private static string[] FlagsOfMappingHolding(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-');
            var space = line.IndexOf(' ');
            if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), System.Globalization.NumberStyles.HexNumber, null, out var start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), System.Globalization.NumberStyles.HexNumber, null, out var end))
            {
                inside = address >= start && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        return [];
    }
}
