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

    public Option<string?> MaxFileSize { get; } = new("--max-file-size")
    {
        HelpName = "size",
        Description = "Skip files larger than this, with a notice (default 2MiB): bytes, or with KiB, MiB or GiB.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxFileSize);
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

    /// <summary>Checks the inputs the parse result names; throws <see cref="InputException"/> when there are none.</summary>
    public CheckRunResult Run(ParseResult parseResult, CliContext context, CheckRun run)
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
            return run.CheckContent(context.Input.ReadToEnd(), name);
        }
        if (paths.Length == 0)
        {
            throw new InputException("no input: give files or directories to check, or --stdin");
        }
        var found = new InputFileFinder(new InputFileOptions
        {
            WorkingDirectory = context.CurrentDirectory,
            MaxFileSize = FileSizeArgument.Parse(parseResult.GetValue(MaxFileSize), InputFileOptions.DefaultMaxFileSize),
        }).Find(paths);
        var checkedFiles = run.Check(found.Files);
        return new CheckRunResult(checkedFiles.Results, [.. found.Errors, .. checkedFiles.Errors], [.. found.Skipped, .. checkedFiles.Skipped]);
    }
}
