using System.CommandLine;
using Attribution.Adoption;
using Attribution.Configuration;
using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Reporting;
using Attribution.Suppressions;

namespace Attribution.Cli;

/// <summary>Each file's outcome as it is checked, with the path arguments that named nothing and the files skipped while looking.</summary>
internal sealed record CheckStream(IEnumerable<StreamedOutcome> Outcomes, int FileCount, IReadOnlyList<InputError> Errors, IReadOnlyList<SkippedInput> Skipped);

/// <summary>What a report written file by file needs of one file: its findings, an input error or why it was skipped.</summary>
internal sealed record StreamedOutcome(FileReport? Report, InputError? Error, SkippedInput? Skipped)
{
    public static StreamedOutcome Of(FileOutcome outcome) =>
        new(outcome.Result is { } result ? FileReport.FindingsOf(result.Document.Path, result) : null, outcome.Error, outcome.Skipped);
}

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

    public Option<string?> Baseline { get; } = new("--baseline") { HelpName = "attrib-baseline.json", Description = "Report only findings that are not in this baseline." };

    public Option<string?> WriteBaseline { get; } = new("--write-baseline")
    {
        HelpName = "attrib-baseline.json",
        Description = "Record every current finding in a baseline file, to adopt the checker on an archive; reports nothing.",
    };

    public Option<string?> ChangedSince { get; } = new("--changed-since")
    {
        HelpName = "REF",
        Description = "Report only findings on lines changed since the merge base of HEAD and REF (git), uncommitted changes included.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Baseline);
        command.Options.Add(WriteBaseline);
        command.Options.Add(ChangedSince);
        command.Options.Add(ReportUnusedDisables);
        command.Options.Add(Fix);
        command.Options.Add(NoConfig);
    }

    /// <summary>The checker of a run: the command line's options over each file's configuration.</summary>
    public ConfiguredChecker Checker(ParseResult parseResult, CliContext context, CheckerOptions commandLine) =>
        new(parseResult.GetValue(NoConfig) ? null : new ConfigurationResolver(context.CurrentDirectory), commandLine, context.CurrentDirectory);

    /// <summary>Checks (or fixes, then checks) the inputs; with --write-baseline, records what was found and reports it as known.</summary>
    public CheckRunResult Run(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        var run = RunChecks(parseResult, context, inputs, checker);
        if (parseResult.GetValue(WriteBaseline) is not { } path)
        {
            return run;
        }
        var fullPath = Path.GetFullPath(path, context.CurrentDirectory);
        var baseline = Adoption.Baseline.Create(fullPath, run.Results.Select(r => (Path.GetFullPath(r.Document.Path, context.CurrentDirectory), r)));
        baseline.Write(fullPath);
        context.Error.WriteLine($"attrib: wrote {baseline.Entries.Count} {(baseline.Entries.Count == 1 ? "finding" : "findings")} to {path}");
        return run with { Results = [.. run.Results.Select(r => baseline.NewFindings(Path.GetFullPath(r.Document.Path, context.CurrentDirectory), r))] };
    }

    private static Adoption.Baseline LoadBaseline(string path, CliContext context) =>
        Adoption.Baseline.Load(Path.GetFullPath(path, context.CurrentDirectory), path);

    /// <summary>
    /// Each file's outcome in input order as it is checked, for a report written file by file; null when the run
    /// needs every result before it can report (<c>--fix</c>, <c>--write-baseline</c>, <c>--stdin</c>).
    /// </summary>
    public CheckStream? Stream(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        if (parseResult.GetValue(Fix) || parseResult.GetValue(inputs.Stdin) || parseResult.GetValue(WriteBaseline) is not null)
        {
            return null;
        }
        var (loader, check) = PrepareChecks(parseResult, context, inputs, checker);
        var (files, found) = FindFiles(parseResult, context, inputs, checker);
        return new CheckStream(new CheckRun(loader, check).CheckEach(files, StreamedOutcome.Of), files.Count, found.Errors, found.Skipped);
    }

    private CheckRunResult RunChecks(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        var (loader, Check) = PrepareChecks(parseResult, context, inputs, checker);
        if (parseResult.GetValue(inputs.Stdin))
        {
            if (parseResult.GetValue(Fix))
            {
                throw new UsageException("--fix rewrites files and cannot be used with --stdin");
            }
            var name = parseResult.GetValue(inputs.StdinFilename)!;
            var text = context.Input.ReadToEnd();
            return new CheckRun(loader, Check).CheckContent(text, name, Path.GetFullPath(name, context.CurrentDirectory));
        }
        var (files, found) = FindFiles(parseResult, context, inputs, checker);
        if (!parseResult.GetValue(Fix))
        {
            var checkedFiles = new CheckRun(loader, Check).Check(files);
            return new CheckRunResult(checkedFiles.Results, [.. found.Errors, .. checkedFiles.Errors], SkippedInput.InFileOrder(found.Skipped, checkedFiles.Skipped));
        }
        var fixes = new FixRun(new FileFixer(loader.Readers, Check)).Fix(files);
        // Text reports say what changed before what is left; other formats keep standard output to themselves.
        FixReporter.Write(fixes.Outcomes, parseResult.GetValue(inputs.Format) == "text" ? context.Output : context.Error);
        return new CheckRunResult(fixes.Check.Results, [.. found.Errors, .. fixes.Check.Errors], SkippedInput.InFileOrder(found.Skipped, fixes.Check.Skipped));
    }

    /// <summary>The loader and the check of one file: suppressions, changed lines and the baseline applied to its findings.</summary>
    private (ArticleLoader Loader, Func<InputFile, Document, DocumentResult> Check) PrepareChecks(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        inputs.CheckStdinUsage(parseResult);
        var loader = new ArticleLoader();
        var reportUnused = parseResult.GetValue(ReportUnusedDisables);
        var baseline = parseResult.GetValue(Baseline) is { } baselinePath ? LoadBaseline(baselinePath, context) : null;
        var changed = parseResult.GetValue(ChangedSince) is { } reference ? ChangedLines.Since(reference, context.CurrentDirectory) : null;
        if (baseline is not null && parseResult.GetValue(WriteBaseline) is not null)
        {
            throw new UsageException("--baseline and --write-baseline cannot be used together");
        }
        DocumentResult Check(InputFile file, Document document)
        {
            var result = SuppressionFilter.Apply(checker.Check(file, document), reportUnused);
            result = changed?.OnChangedLines(file.FullPath, result) ?? result;
            return baseline?.NewFindings(file.FullPath, result) ?? result;
        }
        return (loader, Check);
    }

    /// <summary>The files to check, with what finding them reported; every configuration is read before any file is checked.</summary>
    private static (List<InputFile> Files, InputFileSet Found) FindFiles(ParseResult parseResult, CliContext context, InputOptions inputs, ConfiguredChecker checker)
    {
        var maxFileSize = inputs.MaxFileSizeOf(parseResult);
        var found = inputs.Find(parseResult, context, new InputFileOptions { SkipMissingAndUnsupportedFiles = true, MaxFileSize = maxFileSize });
        NoticeNamedFilesTooLarge(parseResult, context, inputs, found);
        var files = found.Files.Where(f => !checker.ConfigurationOf(f).IsIgnored(f.FullPath)).ToList();
        // Every configuration and registry is read before any file is checked: a bad one stops the run.
        files.ForEach(f => checker.CheckerFor(f));
        return (files, found);
    }

    /// <summary>A file named on the command line and skipped for its size is told on standard error, not only counted.</summary>
    private static void NoticeNamedFilesTooLarge(ParseResult parseResult, CliContext context, InputOptions inputs, InputFileSet found)
    {
        var named = (parseResult.GetValue(inputs.Paths) ?? []).Select(p => Path.GetFullPath(p, context.CurrentDirectory)).ToHashSet(StringComparer.Ordinal);
        foreach (var skipped in found.Skipped.Where(s => s.Reason == SkipReason.TooLarge && named.Contains(s.File.FullPath)))
        {
            context.Error.WriteLine($"attrib: notice: {skipped.File.DisplayPath} was not checked: {skipped.Description} (raise --max-file-size to check it)");
        }
    }
}
