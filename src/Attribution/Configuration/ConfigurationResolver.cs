using System.Collections.Concurrent;
using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Registry;

namespace Attribution.Configuration;

/// <summary>
/// The configuration in force in one directory: the <c>attribution.yaml</c> files from the nearest one up to the
/// first marked <c>root: true</c> (or the file system's root), merged as .editorconfig merges them: a nearer file's
/// setting wins over a farther one's.
/// </summary>
public sealed class ResolvedConfiguration
{
    private readonly IgnoreRules _ignore;

    private ResolvedConfiguration(IReadOnlyList<AttributionConfig> files, IgnoreRules ignore)
    {
        Files = files;
        _ignore = ignore;
        var rules = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, level) in files.SelectMany(f => f.Rules))
        {
            rules[id] = level;
        }
        Rules = rules;
        Registry = files.LastOrDefault(f => f.RegistryPath is not null);
        PublicRecords = files.LastOrDefault(f => f.PublicRecords is not null)?.PublicRecords ?? true;
    }

    public static ResolvedConfiguration None { get; } = new([], IgnoreRules.Empty);

    /// <summary>The files in force, the farthest first.</summary>
    public IReadOnlyList<AttributionConfig> Files { get; }

    /// <summary>Each rule's level as the nearest file that names it sets it (null: off).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> Rules { get; }

    /// <summary>The nearest file that names a roles registry, or null.</summary>
    public AttributionConfig? Registry { get; }

    /// <summary>Whether the nearest file that says so keeps the bundled public records on (the default).</summary>
    public bool PublicRecords { get; }

    /// <summary>True when an <c>ignore</c> pattern of these files leaves the file out (the nearest matching pattern decides).</summary>
    public bool IsIgnored(string fullPath)
    {
        if (Files.Count == 0)
        {
            return false;
        }
        // As in git, a file inside an ignored directory is ignored: look at each directory below the farthest file's.
        var top = Files[0].Directory;
        var directories = new List<string>();
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null && IgnoreRules.RelativePath(top, directory) is not null; directory = Path.GetDirectoryName(directory))
        {
            directories.Add(directory);
        }
        return directories.Any(d => _ignore.IsIgnored(d, isDirectory: true)) || _ignore.IsIgnored(fullPath, isDirectory: false);
    }

    /// <summary>The checker options for a file under this configuration: the command line's switches added, its registry preferred.</summary>
    public CheckerOptions Apply(CheckerOptions commandLine, Func<string, RolesRegistry> loadRegistry) => commandLine with
    {
        DisabledRules = new HashSet<string>(Rules.Where(r => r.Value is null).Select(r => r.Key).Concat(commandLine.DisabledRules), StringComparer.OrdinalIgnoreCase),
        Severities = new Dictionary<string, DiagnosticSeverity>(
            Rules.Where(r => r.Value is not null).Select(r => KeyValuePair.Create(r.Key, r.Value!.Value)).Concat(commandLine.Severities),
            StringComparer.OrdinalIgnoreCase),
        Registry = commandLine.Registry ?? (Registry?.RegistryPath is { } path ? loadRegistry(path) : null),
        Lexicons = _lexicons ??= LexiconSet.With(Files.SelectMany(f => f.Cues), Files.SelectMany(f => f.Titles)),

        UsePublicRecords = commandLine.UsePublicRecords && PublicRecords,
    };

    /// <summary>Built once per configuration: the checker of every file under it shares it.</summary>
    private LexiconSet? _lexicons;

    internal ResolvedConfiguration With(AttributionConfig file) => new([.. Files, file], _ignore.With(file.IgnoreFile));
}

/// <summary>Finds the configuration of each checked file, upward from its directory; every directory is looked at once.</summary>
/// <param name="workingDirectory">Where paths in messages are relative to.</param>
public sealed class ConfigurationResolver(string workingDirectory)
{
    private readonly ConcurrentDictionary<string, ResolvedConfiguration> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The configuration of the file at <paramref name="fullPath"/>; a bad file throws <see cref="ConfigurationException"/>.</summary>
    public ResolvedConfiguration For(string fullPath) => ForDirectory(Path.GetDirectoryName(Path.GetFullPath(fullPath, workingDirectory))!);

    private ResolvedConfiguration ForDirectory(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var known))
        {
            return known;
        }
        var path = Path.Combine(directory, AttributionConfig.FileName);
        var own = File.Exists(path) ? ConfigurationReader.Load(path, DisplayPath(path)) : null;
        var parent = Path.GetDirectoryName(directory);
        var outer = own is { Root: true } || parent is null ? ResolvedConfiguration.None : ForDirectory(parent);
        return _byDirectory.GetOrAdd(directory, own is null ? outer : outer.With(own));
    }

    private string DisplayPath(string fullPath) => Path.GetRelativePath(workingDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
