using System.CommandLine;
using Attribution.Configuration;
using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Reporting;
using Attribution.Suppressions;

namespace Attribution.Cli;

/// <summary>
/// The options of <c>attrib check</c> for editors and CI, and the run they shape: each file checked under its own
/// configuration, and <c>--fix</c> rewriting the files before the report is made of what is left.
/// </summary>
internal sealed class CheckWorkflow
{
    public Option<bool> Fix { get; } = new("--fix") { Description = "Apply the safe fixes in place and report what changed (suggestions are never applied)." };

    public Option<bool> NoConfig { get; } = new("--no-config") { Description = $"Do not look for {AttributionConfig.FileName} files." };

    public Option<bool> ReportUnusedDisables { get; } = new("--report-unused-disables")
    {
        Description = "Report an attrib-disable comment in an article that suppresses nothing (as a warning).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ReportUnusedDisables);
        command.Options.Add(Fix);
        command.Options.Add(NoConfig);
    }

    /// <summary>The checker of a run: the command line's options over each file's configuration.</summary>
    public ConfiguredChecker Checker(ParseResult parseResult, CliContext context, CheckerOptions commandLine) =>
        new(parseResult.GetValue(NoConfig) ? null : new ConfigurationResolver(context.CurrentDirectory), commandLine, context.CurrentDirectory);

    /// <summary>Checks (or fixes, then checks) the inputs.</summary>
    public CheckRunResult Run(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        var loader = new ArticleLoader();
        var reportUnused = parseResult.GetValue(ReportUnusedDisables);
        DocumentResult Check(InputFile file, Document document) => SuppressionFilter.Apply(checker.Check(file, document), reportUnused);
        if (parseResult.GetValue(inputs.Stdin))
        {
            if (parseResult.GetValue(Fix))
            {
                throw new UsageException("--fix rewrites files and cannot be used with --stdin");
            }
            var name = parseResult.GetValue(inputs.StdinFilename)!;
            var text = context.Input.ReadToEnd();
            return new CheckRunResult([new CheckRun(loader, Check).CheckText(text, name, Path.GetFullPath(name, context.CurrentDirectory))], [], []);
        }
        var found = inputs.Find(parseResult, context);
        var files = found.Files.Where(f => !checker.ConfigurationOf(f).IsIgnored(f.FullPath)).ToList();
        // Every configuration and registry is read before any file is checked: a bad one stops the run.
        files.ForEach(f => checker.CheckerFor(f));
        if (!parseResult.GetValue(Fix))
        {
            var checkedFiles = new CheckRun(loader, Check).Check(files);
            return new CheckRunResult(checkedFiles.Results, [.. found.Errors, .. checkedFiles.Errors], [.. found.Skipped, .. checkedFiles.Skipped]);
        }
        var fixes = new FixRun(new FileFixer(loader.Readers, Check)).Fix(files);
        // Text reports say what changed before what is left; other formats keep standard output to themselves.
        FixReporter.Write(fixes.Outcomes, parseResult.GetValue(inputs.Format) == "text" ? context.Output : context.Error);
        return new CheckRunResult(fixes.Check.Results, [.. found.Errors, .. fixes.Check.Errors], [.. found.Skipped, .. fixes.Check.Skipped]);
    }
}
