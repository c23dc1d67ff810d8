using System.CommandLine;
using Attribution.Documents;

namespace Attribution.Cli;

/// <summary>A mistake in the command line that the parser let through.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The arguments and options every command that reads articles shares.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, directories or globs to check (.txt, .html, .htm).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Format { get; } = CreateFormat();

    public Option<bool> Stdin { get; } = new("--stdin") { Description = "Read one article from standard input." };

    public Option<string> StdinFilename { get; } = new("--stdin-filename")
    {
        Description = "The name to report for standard input; its extension picks the format (default: stdin.txt).",
        DefaultValueFactory = _ => "stdin.txt",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Stdin);
        command.Options.Add(StdinFilename);
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>
    /// The inputs the parse result names, each file's outcome in input order as it is checked, and the arguments
    /// that named nothing to check; throws <see cref="InputException"/> when there are no inputs.
    /// </summary>
    public CheckStream Stream(ParseResult parseResult, CliContext context, CheckRun run)
    {
        var paths = parseResult.GetValue(Paths) ?? [];
        var unknownOption = paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-');
        if (unknownOption is not null)
        {
            throw new UsageException($"unknown option '{unknownOption}'");
        }
        if (parseResult.GetValue(Stdin))
        {
            var name = parseResult.GetValue(StdinFilename)!;
            var result = run.CheckText(context.Input.ReadToEnd(), name);
            return new CheckStream([new FileOutcome(new InputFile(name, name), result, null, null)], [], []);
        }
        if (paths.Length == 0)
        {
            throw new InputException("no input: give files or directories to check, or --stdin");
        }
        var found = new InputFileFinder(new InputFileOptions { WorkingDirectory = context.CurrentDirectory }).Find(paths);
        return new CheckStream(run.CheckEach(found.Files), found.Errors, found.Skipped);
    }

    /// <summary>Checks the inputs the parse result names and keeps every result; throws <see cref="InputException"/> when there are none.</summary>
    public CheckRunResult Run(ParseResult parseResult, CliContext context, CheckRun run)
    {
        var inputs = Stream(parseResult, context, run);
        var outcomes = inputs.Outcomes.ToList();
        return new CheckRunResult(
            [.. outcomes.Select(o => o.Result).OfType<DocumentResult>()],
            [.. inputs.Errors, .. outcomes.Select(o => o.Error).OfType<InputError>()],
            [.. inputs.Skipped, .. outcomes.Select(o => o.Skipped).OfType<SkippedInput>()]);
    }
}

/// <summary>Each file's outcome as it is checked, with the path arguments that yielded nothing and the files skipped while looking.</summary>
internal sealed record CheckStream(IEnumerable<FileOutcome> Outcomes, IReadOnlyList<InputError> Errors, IReadOnlyList<SkippedInput> Skipped);
