using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Attribution;

/// <summary>
/// Lays out a long run's young memory before the workers start: the collector's first-generation budget committed in
/// one piece and, on Linux, lent by transparent huge pages where the system lends them on request. Every first touch
/// of a 4 KB page of the heap is a page fault: a run over 924 articles took about 9,900 of them, 0.09 s of kernel
/// time on the measured host and dearer when two workers fault at once. With 2 MB pages it takes about 2,000 in all.
/// The collector commits its heap in 64 KB steps, which a huge page cannot span, hence the one commit of the whole
/// budget. Best effort: where the system refuses a step, the run goes on with ordinary pages.
/// </summary>
internal static class FirstGenerationMemory
{
    /// <summary>madvise(2): back the range with transparent huge pages when the system's mode is "madvise".</summary>
    private const int AdviseHugePages = 14;

    private const string TransparentHugePages = "/sys/kernel/mm/transparent_hugepage/enabled";

    /// <summary>The first generation's budget in bytes, as the build set it for the collector (Attribution.Cli.csproj).</summary>
    internal const string BudgetSetting = "Attribution.FirstGenerationBudget";

    /// <summary>
    /// The budget the build set, in bytes: the published attrib sets the collector's to 32 MB and tells the library the
    /// same number. Null elsewhere (a library caller, <c>dotnet run</c>), where the collector sizes the first
    /// generation itself.
    /// </summary>
    internal static long? BudgetFromBuild() =>
        long.TryParse(AppContext.GetData(BudgetSetting) as string, NumberStyles.None, CultureInfo.InvariantCulture, out var budget) && budget > 0
            ? budget
            : null;

    /// <summary>
    /// One full collection, and the first generation's memory laid out for the run. Without a budget from the build,
    /// only the collection.
    /// </summary>
    public static void Collect()
    {
        // Only a budget the build sets says how much to commit.
        if (BudgetFromBuild() is not { } budget)
        {
            GC.Collect();
            return;
        }
        if (OperatingSystem.IsLinux())
        {
            AdviseHugePagesForHeap();
        }
        try
        {
            // A full blocking collection, then the budget committed at once: the collector keeps that memory to
            // allocate from when the region ends.
            if (GC.TryStartNoGCRegion(budget))
            {
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                }
                return;
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A budget the collector will not reserve at once: it commits as it goes, as without this.
        }
        GC.Collect();
    }

    /// <summary>
    /// Marks the heap's reserved address range, from the region that holds a new object to the end of the
    /// reservation, for transparent huge pages. Only in the system's "madvise" mode: "always" needs no advice and
    /// "never" takes none.
    /// </summary>
    internal static bool AdviseHugePagesForHeap() => AdviseHugePagesFrom(AddressOfNewObject());

    /// <summary>Marks the heap's reserved address range from the mapping that holds <paramref name="address"/>, as <see cref="AdviseHugePagesForHeap"/> does.</summary>
    internal static bool AdviseHugePagesFrom(ulong address)
    {
        try
        {
            if (!File.Exists(TransparentHugePages) || !File.ReadAllText(TransparentHugePages).Contains("[madvise]", StringComparison.Ordinal))
            {
                return false;
            }
            var (start, end) = HeapRangeFrom(address);
            return end > start && Advise((nint)start, (nuint)(end - start), AdviseHugePages) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>Where a new object stands in the heap: in the region the collector allocates from now.</summary>
    internal static ulong AddressOfNewObject()
    {
        var handle = GCHandle.Alloc(new byte[64], GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>
    /// The mapping that holds <paramref name="address"/> and the anonymous mappings that follow it without a gap: the
    /// rest of the collector's reservation, committed or not, where the regions it adds later are placed.
    /// </summary>
    internal static (ulong Start, ulong End) HeapRangeFrom(ulong address)
    {
        ulong start = 0, end = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset device inode [path]": an anonymous mapping has inode 0 and no path.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var from = ulong.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = ulong.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var anonymous = fields.Length == 5 && fields[4] == "0";
            if (end == 0)
            {
                if (address >= from && address < to && anonymous)
                {
                    (start, end) = (from, to);
                }
                continue;
            }
            if (from != end || !anonymous)
            {
                break;
            }
            end = to;
        }
        return (start, end);
    }

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Advise(nint address, nuint length, int advice);
}
