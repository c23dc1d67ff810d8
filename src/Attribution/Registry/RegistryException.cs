namespace Attribution.Registry;

/// <summary>
/// A registry file that cannot be used: missing, unreadable, not YAML, or with an entry the checker cannot
/// understand. The message is one line that names the file and, where there is one, the line.
/// </summary>
public sealed class RegistryException(string path, int? line, string problem, Exception? inner = null)
    : Exception(line is { } l ? $"registry {path}, line {l}: {problem}" : $"registry {path}: {problem}", inner)
{
    /// <summary>The registry file as the message names it.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line of the entry at fault, when the fault has one.</summary>
    public int? Line { get; } = line;

    public string Problem { get; } = problem;
}
