using System.Buffers;
using System.Diagnostics;
using System.Text;
using Attribution.Syntax;

namespace Attribution.Benchmarks;

/// <summary>
/// The floor of a whole run: read every file, decode it and count its quotation marks, nothing more. No checker can
/// be faster than this on the same machine, so the checker's MB/s is read against it.
/// </summary>
internal static class FloorScan
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(
    [
        QuoteMarks.LeftDouble, QuoteMarks.RightDouble, QuoteMarks.StraightDouble, QuoteMarks.LowDouble, QuoteMarks.LeftGuillemet,
        QuoteMarks.RightGuillemet, QuoteMarks.LeftSingle, QuoteMarks.RightSingle, QuoteMarks.StraightSingle,
    ]);

    /// <summary>Best of <paramref name="repeats"/> passes over the files below the folders; prints bytes, marks, seconds and MB/s.</summary>
    public static void Run(IReadOnlyList<string> folders, int repeats, TextWriter output)
    {
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        var best = double.MaxValue;
        long bytes = 0, marks = 0;
        for (var r = 0; r < repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            (bytes, marks) = (0, 0);
            foreach (var file in files)
            {
                var content = File.ReadAllBytes(file);
                bytes += content.Length;
                marks += Count(Encoding.UTF8.GetString(content));
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        output.WriteLine($"floor: {files.Count} files, {bytes} bytes, {marks} quotation marks, {best:F3} s, {bytes / 1e6 / best:F1} MB/s");
    }

    private static long Count(string text)
    {
        var count = 0L;
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Marks)) >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }
        return count;
    }
}
