namespace Attribution.Documents;

/// <summary>A file to check.</summary>
/// <param name="FullPath">The absolute path, for reading the file.</param>
/// <param name="DisplayPath">The path relative to the working directory, with '/' separators, for reports.</param>
public sealed record InputFile(string FullPath, string DisplayPath)
{
    public override string ToString() => DisplayPath;

    /// <summary>
    /// The order of files in a run and its reports: ordinal by display path, then by full path. A plain comparison:
    /// OrderBy/ThenBy costs a native executable a runtime type lookup at every start.
    /// </summary>
    public static int CompareByPath(InputFile a, InputFile b)
    {
        var byDisplay = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
        return byDisplay != 0 ? byDisplay : string.CompareOrdinal(a.FullPath, b.FullPath);
    }
}

/// <summary>Why a file was not checked.</summary>
public enum SkipReason
{
    /// <summary>Larger than the configured limit: most likely not an article.</summary>
    TooLarge,

    /// <summary>NUL bytes and no UTF-16 or UTF-32 byte-order mark.</summary>
    Binary,

    /// <summary>Named but not there: a path deleted since the list was made (git diff --name-only).</summary>
    Missing,

    /// <summary>Named but of a kind no reader supports (an image, a YAML file).</summary>
    NotAnArticle,
}

/// <summary>A file that was found but is not checked, because it does not look like an article. Not an error.</summary>
public sealed record SkippedInput(InputFile File, SkipReason Reason, string Description)
{
    /// <summary>The one-line message for reports, e.g. <c>skipped: larger than 2 MiB</c>.</summary>
    public string Message => $"skipped: {Description}";

    public static SkippedInput Binary(InputFile file) => new(file, SkipReason.Binary, "binary file");

    public static SkippedInput Missing(InputFile file) => new(file, SkipReason.Missing, "no such file");

    public static SkippedInput NotAnArticle(InputFile file) =>
        new(file, SkipReason.NotAnArticle, Path.GetExtension(file.FullPath) is { Length: > 0 } extension ? $"not an article ({extension})" : "not an article");

    public static SkippedInput TooLarge(InputFile file, long limit, long size) =>
        new(file, SkipReason.TooLarge, $"{FormatApproximateSize(size)}, larger than the {FormatSize(limit)} limit for one file");

    public override string ToString() => $"{File.DisplayPath}: {Message}";

    /// <summary>
    /// The files skipped when the inputs were found (too large, missing, not an article) and those skipped when they
    /// were read (binary), as one list in the order of the files.
    /// </summary>
    public static List<SkippedInput> InFileOrder(IEnumerable<SkippedInput> whenFound, IEnumerable<SkippedInput> whenRead)
    {
        var all = new List<SkippedInput>(whenFound);
        all.AddRange(whenRead);
        all.Sort((a, b) => InputFile.CompareByPath(a.File, b.File));
        return all;
    }

    /// <summary>A byte count rounded to a tenth of its unit: 2.4 MiB, 1.0 KiB, 900 bytes.</summary>
    public static string FormatApproximateSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        >= 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        1 => "1 byte",
        _ => $"{bytes} bytes",
    };

    /// <summary>A byte count as people write it: 2 MiB, 512 KiB, 1000 bytes.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        > 0 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        > 0 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        1 => "1 byte",
        _ => $"{bytes} bytes",
    };
}

/// <summary>A path argument that yielded nothing to check, or a directory that could not be read. The run goes on with the others.</summary>
/// <param name="Argument">The argument as the user gave it.</param>
/// <param name="Message">A one-line explanation, e.g. <c>no such file or directory</c>.</param>
/// <param name="Line">The 1-based line of the file the problem is on, when it is known.</param>
public sealed record InputError(string Argument, string Message, int? Line = null)
{
    /// <summary>The argument, and the line when it is known: <c>post.md, line 2</c>.</summary>
    public string Where => Line is { } line ? $"{Argument}, line {line}" : Argument;

    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>What a list of path arguments expands to.</summary>
/// <param name="Files">The files to check: de-duplicated, sorted ordinally by display path.</param>
/// <param name="Skipped">Files found but not checked, with the reason; sorted like <paramref name="Files"/>.</param>
/// <param name="Errors">Arguments that could not be used, in argument order.</param>
public sealed record InputFileSet(IReadOnlyList<InputFile> Files, IReadOnlyList<SkippedInput> Skipped, IReadOnlyList<InputError> Errors);
