using Attribution.Cli;

namespace Attribution.Tests;

/// <summary>Runs attrib in process in a directory, as a user would in a shell, and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>Runs attrib with <paramref name="input"/> as its standard input.</summary>
    public static (int Code, string Output, string Error) RunWithInput(string directory, string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, directory, input is null ? null : new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    public static (int Code, string Output, string Error) RunIn(string directory, params string[] args) => RunWithInput(directory, null, args);
}
