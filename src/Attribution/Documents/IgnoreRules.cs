namespace Attribution.Documents;

/// <summary>The patterns of one ignore file; they apply to paths relative to <see cref="Directory"/>.</summary>
internal sealed class IgnoreFile
{
    public IgnoreFile(string directory, IReadOnlyList<IgnorePattern> patterns)
    {
        Directory = directory;
        Patterns = patterns;
    }

    /// <summary>The full path of the directory the patterns are relative to.</summary>
    public string Directory { get; }

    public IReadOnlyList<IgnorePattern> Patterns { get; }

    public static IgnoreFile Parse(string directory, string content) =>
        new(directory, [.. content.Split('\n').Select(IgnorePattern.Parse).OfType<IgnorePattern>()]);

    /// <summary>The ignore file at <paramref name="path"/>, or null when there is none (or it cannot be read).</summary>
    public static IgnoreFile? Load(string directory, string path)
    {
        try
        {
            return File.Exists(path) ? Parse(directory, File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The last pattern that matches the path (the one that decides), or null when none does.</summary>
    public IgnorePattern? Match(string relativePath, bool isDirectory)
    {
        for (var i = Patterns.Count - 1; i >= 0; i--)
        {
            if (Patterns[i].IsMatch(relativePath, isDirectory))
            {
                return Patterns[i];
            }
        }
        return null;
    }
}

/// <summary>
/// The ignore files in force in one directory, from the outermost (lowest precedence) to the innermost.
/// As in git, the last matching pattern decides, and a deeper file overrides the files above it.
/// Immutable: entering a directory makes a new instance that shares its parent's files.
/// </summary>
internal sealed class IgnoreRules
{
    private readonly IgnoreRules? _outer;
    private readonly IgnoreFile? _file;

    private IgnoreRules(IgnoreRules? outer, IgnoreFile? file)
    {
        _outer = outer;
        _file = file;
    }

    public static IgnoreRules Empty { get; } = new(null, null);

    /// <summary>These rules with <paramref name="file"/> added as the innermost file.</summary>
    public IgnoreRules With(IgnoreFile? file) => file is null || file.Patterns.Count == 0 ? this : new IgnoreRules(this, file);

    /// <summary>True when the innermost pattern that matches the path excludes it (rather than re-including it with '!').</summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (var rules = this; rules._file is not null; rules = rules._outer!)
        {
            var relative = RelativePath(rules._file.Directory, fullPath);
            if (relative is null)
            {
                continue;
            }
            var match = rules._file.Match(relative, isDirectory);
            if (match is not null)
            {
                return !match.IsNegated;
            }
        }
        return false;
    }

    /// <summary>The '/'-separated path of <paramref name="fullPath"/> inside <paramref name="directory"/>, or null when it is not inside.</summary>
    internal static string? RelativePath(string directory, string fullPath)
    {
        var relative = Path.GetRelativePath(directory, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
