using System.CommandLine;
using Attribution.Analyzers;
using Attribution.Lexicon;
using Attribution.Registry;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>attrib check: lint articles and report findings.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions(ReportOutput.Formats);
        var color = ReportOutput.CreateColorOption();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the run fail: error, warning or info.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var disable = new Option<string[]>("--disable")
        {
            Description = "Switch rules off: --disable ATTR006,ATTR013 (repeatable).",
            AllowMultipleArgumentsPerToken = true,
        };
        var registry = new Option<string?>("--registry")
        {
            HelpName = "people.yaml",
            Description = "A roles registry (YAML): who held which office when. ATTR007 reports role claims it contradicts.",
        };
        var noPublicRecords = new Option<bool>("--no-public-records")
        {
            Description = "Do not check titles against the bundled public records of US office holders (ATTR014).",
        };
        var sourceOptions = new SourceOptions();
        var command = new Command("check", "Check articles for attribution, quotation and role errors.");
        inputs.AddTo(command);
        sourceOptions.AddTo(command);
        var workflow = new CheckWorkflow();
        workflow.AddTo(command);
        var shown = new ReportOptions();
        shown.AddTo(command);
        command.Options.Add(failOn);
        command.Options.Add(disable);
        command.Options.Add(registry);
        command.Options.Add(noPublicRecords);
        command.Options.Add(color);
        var helpUriBase = HelpUriOption.Create();
        command.Options.Add(helpUriBase);
        command.SetAction(parseResult =>
        {
            LexiconSet.PrepareDefault();
            using var sources = sourceOptions.Create(parseResult, context);
            var options = new CheckerOptions
            {
                Sources = sources,
                DisabledRules = CommandLineSettings.RuleIds(parseResult.GetValue(disable), "--disable"),
                Registry = parseResult.GetValue(registry) is { } registryPath ? LoadRegistry(registryPath, context) : null,
                UsePublicRecords = !parseResult.GetValue(noPublicRecords),
            };
            var checker = workflow.Checker(parseResult, context, options);
            var format = parseResult.GetValue(inputs.Format)!;
            if (StreamedReport.Streams(format) && workflow.Stream(parseResult, context, inputs, checker) is { } stream)
            {
                var streamedExit = StreamedReport.Write(stream, parseResult, shown, failOn, format, ReportOutput.UseColor(parseResult.GetValue(color)!, context.Environment), context);
                SourceOptions.WriteNotices(sources, context);
                return streamedExit;
            }
            var (results, errors, skipped) = workflow.Run(parseResult, context, inputs, checker);

            var allFindings = new CheckReport([.. results.Select(r => FileReport.From(r.Document.Path, r))], errors, skipped);
            var report = shown.Shown(parseResult, allFindings);
            ReportOutput.Write(parseResult.GetValue(inputs.Format)!, parseResult.GetValue(color)!, report, context, parseResult.GetValue(helpUriBase));
            SourceOptions.WriteNotices(sources, context);
            if (errors.Count > 0)
            {
                return ExitCodes.UsageOrInputError;
            }
            var fails = shown.Fails(parseResult, allFindings, failOn);
            if (fails)
            {
                ReportOptions.ExplainHidden(allFindings, report, context.Error);
            }
            return fails ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Loads the registry named on the command line; a bad one throws <see cref="RegistryException"/>, an input error.</summary>
    private static RolesRegistry LoadRegistry(string path, CliContext context)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--registry needs the path of a YAML file");
        }
        var fullPath = Path.GetFullPath(path, context.CurrentDirectory);
        var displayPath = Path.GetRelativePath(context.CurrentDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        return RolesRegistry.Load(fullPath, displayPath);
    }
}
