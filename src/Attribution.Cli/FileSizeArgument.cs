using System.Globalization;

namespace Attribution.Cli;

/// <summary>Reads a size given on the command line: 3000000, 500KiB, 4MiB, 1GiB (also KB/MB/GB and K/M/G, all powers of 1024).</summary>
internal static class FileSizeArgument
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("GiB", 1L << 30), ("GB", 1L << 30), ("G", 1L << 30),
        ("MiB", 1L << 20), ("MB", 1L << 20), ("M", 1L << 20),
        ("KiB", 1L << 10), ("KB", 1L << 10), ("K", 1L << 10),
        ("B", 1),
    ];

    /// <summary>The size in bytes, or <paramref name="fallback"/> when none is given; throws <see cref="UsageException"/> for a value that is not a size.</summary>
    public static long Parse(string? value, long fallback)
    {
        if (value is null)
        {
            return fallback;
        }
        var text = value.Trim();
        var factor = 1L;
        foreach (var (suffix, unit) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^suffix.Length].Trim();
                factor = unit;
                break;
            }
        }
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && number * factor <= long.MaxValue
            ? (long)(number * factor)
            : throw new UsageException($"--max-file-size: '{value}' is not a size (give bytes, or a number with KiB, MiB or GiB)");
    }
}
