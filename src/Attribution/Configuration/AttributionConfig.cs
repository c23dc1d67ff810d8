using Attribution.Analyzers;
using Attribution.Documents;

namespace Attribution.Configuration;

/// <summary>
/// One <c>attribution.yaml</c>: rule levels, paths to leave out, the roles registry. Paths in it are relative to
/// the directory that holds it.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="DisplayPath">The path as messages name it.</param>
/// <param name="Root">True when the search for configuration stops here.</param>
/// <param name="Rules">A level per rule id: a severity, or null for off.</param>
/// <param name="RegistryPath">The full path of the roles registry, or null when this file names none.</param>
public sealed record AttributionConfig(
    string Path,
    string DisplayPath,
    bool Root,
    IReadOnlyDictionary<string, DiagnosticSeverity?> Rules,
    IReadOnlyList<string> Ignore,
    string? RegistryPath)
{
    /// <summary>The name of the file, looked for in each directory from a checked file up.</summary>
    public const string FileName = "attribution.yaml";

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary><c>public-records:</c> whether titles are checked against the bundled public records; null when this file does not say.</summary>
    public bool? PublicRecords { get; init; }

    /// <summary>The ignore patterns (gitignore syntax), relative to <see cref="Directory"/>.</summary>
    internal IgnoreFile IgnoreFile => _ignoreFile ??= new IgnoreFile(Directory, [.. Ignore.Select(IgnorePattern.Parse).OfType<IgnorePattern>()]);

    private IgnoreFile? _ignoreFile;

    /// <summary>Verbs of saying this newsroom adds to the cue lexicon (quipped, tweeted).</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>Titles this newsroom adds to the offices lexicon (Commissioner, Ombudsman).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}

/// <summary>An <c>attribution.yaml</c> that cannot be used: an input error naming the file, line and key.</summary>
public sealed class ConfigurationException(string displayPath, int line, string key, string problem)
    : InputException(key.Length == 0 ? $"{displayPath}, line {line}: {problem}" : $"{displayPath}, line {line}: '{key}': {problem}")
{
    public string File { get; } = displayPath;

    /// <summary>The line of the configuration file (the message names it; <see cref="InputException.Line"/> is for the article's own lines).</summary>
    public new int Line { get; } = line;

    public string Key { get; } = key;
}
