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

    /// <param name="formats">The values --format accepts; the first is the default.</param>
    public InputOptions(params string[] formats) => Format = CreateFormat(formats.Length > 0 ? formats : ["text", "json"]);

    public Option<string> Format { get; }

    public Option<bool> Stdin { get; } = new("--stdin") { Description = "Read one article from standard input." };

    public Option<string> StdinFilename { get; } = new("--stdin-filename")
    {
        Description = "The name to report for standard input; its extension picks the format (default: stdin.txt).",
        DefaultValueFactory = _ => "stdin.txt",
    };

    public Option<string?> MaxFileSize { get; } = new("--max-file-size")
    {
        HelpName = "SIZE",
        Description = "Skip files larger than this (bytes, or with KiB, MiB; default 2MiB). A file named on the command line that is skipped gets a notice.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Stdin);
        command.Options.Add(StdinFilename);
        command.Options.Add(MaxFileSize);
    }

    /// <summary>The size above which a file is skipped: <c>--max-file-size</c>, or the default.</summary>
    public long MaxFileSizeOf(ParseResult parseResult) =>
        parseResult.GetValue(MaxFileSize) is { } size ? CommandLineSettings.Size(size, "--max-file-size") : InputFileOptions.DefaultMaxFileSize;

    private static Option<string> CreateFormat(string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats[..^1])} or {formats[^1]}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The files the paths name; throws <see cref="InputException"/> when there are none.</summary>
    public InputFileSet Find(ParseResult parseResult, CliContext context, InputFileOptions? options = null)
    {
        var paths = parseResult.GetValue(Paths) ?? [];
        var unknownOption = paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-');
        if (unknownOption is not null)
        {
            throw new UsageException($"unknown option '{unknownOption}'");
        }
        if (paths.Length == 0)
        {
            throw new InputException("no input: give files or directories to check, or --stdin");
        }
        return new InputFileFinder((options ?? InputFileOptions.Default) with { WorkingDirectory = context.CurrentDirectory }).Find(paths);
    }

    /// <summary>Standard input is one article: paths beside it, or a name for it without it, are usage errors.</summary>
    public void CheckStdinUsage(ParseResult parseResult)
    {
        var stdin = parseResult.GetValue(Stdin);
        if (stdin && (parseResult.GetValue(Paths) ?? []).Length > 0)
        {
            throw new UsageException("--stdin reads one article from standard input: give no paths with it");
        }
        if (!stdin && parseResult.GetResult(StdinFilename) is { Implicit: false })
        {
            throw new UsageException("--stdin-filename names the article read from standard input: use it with --stdin");
        }
    }
}
