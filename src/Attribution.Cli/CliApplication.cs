using System.CommandLine;
using Attribution.Documents;
using Attribution.Registry;

namespace Attribution.Cli;

/// <summary>Builds the command line and runs it. Output goes to the given writers, so tests can run it in process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string currentDirectory, TextReader? input = null, CliEnvironment? environment = null)
    {
        var context = new CliContext(output, error, currentDirectory, input ?? TextReader.Null) { Environment = environment ?? CliEnvironment.None };
        var root = new RootCommand("attrib: checks quotations, attributions and the roles given to people in articles.")
        {
            CheckCommand.Create(context),
            QuotesCommand.Create(context),
            ExplainCommand.Create(context),
            InitCommand.Create(context),
        };
        if (args.Length > 0 && !args[0].StartsWith('-') && !root.Subcommands.Any(c => c.Name == args[0]))
        {
            error.WriteLine($"attrib: unknown command '{args[0]}' (the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}; see 'attrib --help')");
            return ExitCodes.UsageOrInputError;
        }
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"attrib: {parseError.Message}");
            }
            error.WriteLine("Run 'attrib --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is InputException or UsageException or RegistryException)
        {
            error.WriteLine($"attrib: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last resort: a fault of attrib itself is one line, never a stack trace.
            error.WriteLine($"attrib: internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it");
            return ExitCodes.UsageOrInputError;
        }
    }
}

/// <summary>Where a command reads and writes.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string CurrentDirectory, TextReader Input)
{
    /// <summary>The terminal and environment variables the run may read.</summary>
    public CliEnvironment Environment { get; init; } = CliEnvironment.None;
}
