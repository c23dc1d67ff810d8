using System.CommandLine;
using Attribution.Analyzers;
using Attribution.Registry;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>attrib check: lint articles and report findings.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the run fail: error, warning or info.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var disable = new Option<string[]>("--disable")
        {
            Description = "Switch a rule off (repeatable): --disable ATTR006.",
            AllowMultipleArgumentsPerToken = true,
        };
        var registry = new Option<string?>("--registry")
        {
            HelpName = "people.yaml",
            Description = "A roles registry (YAML): who held which office when. ATTR007 reports role claims it contradicts.",
        };
        var command = new Command("check", "Check articles for attribution, quotation and role errors.");
        inputs.AddTo(command);
        command.Options.Add(failOn);
        command.Options.Add(disable);
        command.Options.Add(registry);
        command.SetAction(parseResult =>
        {
            var disabled = parseResult.GetValue(disable) ?? [];
            var unknown = disabled.FirstOrDefault(id => AnalyzerCatalog.Find(id) is null);
            if (unknown is not null)
            {
                context.Error.WriteLine($"attrib: unknown rule '{unknown}' (see 'attrib explain')");
                return ExitCodes.UsageOrInputError;
            }
            var options = new CheckerOptions
            {
                DisabledRules = new HashSet<string>(disabled, StringComparer.OrdinalIgnoreCase),
                Registry = parseResult.GetValue(registry) is { } registryPath ? LoadRegistry(registryPath, context) : null,
            };
            var run = new CheckRun(new Documents.ArticleLoader(), new Checker(AnalyzerCatalog.All, options));
            if (parseResult.GetValue(inputs.Format) is "text" or "json")
            {
                SeverityNames.TryParse(parseResult.GetValue(failOn)!, out var failThreshold);
                return StreamedReport.Write(inputs.Stream(parseResult, context, run), parseResult.GetValue(inputs.Format)!, failThreshold, context.Output);
            }
            var (results, errors, skipped) = inputs.Run(parseResult, context, run);

            var report = new CheckReport([.. results.Select(r => FileReport.From(r.Document.Path, r))], errors, skipped);
            if (parseResult.GetValue(inputs.Format) == "json")
            {
                var stream = new MemoryStream();
                JsonReporter.Write(report, stream);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                TextReporter.Write(report, context.Output);
            }
            SeverityNames.TryParse(parseResult.GetValue(failOn)!, out var threshold);
            if (errors.Count > 0)
            {
                return ExitCodes.UsageOrInputError;
            }
            return report.HasFindingsAtOrAbove(threshold) ? ExitCodes.Findings : ExitCodes.Clean;
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
