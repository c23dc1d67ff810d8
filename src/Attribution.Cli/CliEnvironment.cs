namespace Attribution.Cli;

/// <summary>
/// What attrib reads of the process around it: whether standard output is a terminal (for colour) and environment
/// variables (NO_COLOR, GITHUB_STEP_SUMMARY). Tests pass their own, so a run never depends on the machine's.
/// </summary>
internal sealed record CliEnvironment(bool OutputIsTerminal, Func<string, string?> Variable)
{
    /// <summary>Whether standard error is a terminal (for the progress indicator).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Not a terminal, no variables: what a test or a pipe sees.</summary>
    public static CliEnvironment None { get; } = new(false, _ => null);

    public static CliEnvironment FromProcess() => new(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable) { ErrorIsTerminal = !Console.IsErrorRedirected };
}
