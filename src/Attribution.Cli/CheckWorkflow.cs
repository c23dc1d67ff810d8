using System.CommandLine;
using Attribution.Documents;
using Attribution.Fixes;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>
/// The options of <c>attrib check</c> for editors and CI, and the run they shape: <c>--fix</c> rewrites the files
/// before the report is made of what is left.
/// </summary>
internal sealed class CheckWorkflow
{
    public Option<bool> Fix { get; } = new("--fix") { Description = "Apply the safe fixes in place and report what changed (suggestions are never applied)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Fix);
    }

    /// <summary>Checks (or fixes, then checks) the inputs; <paramref name="check"/> checks one document read from a file.</summary>
    public CheckRunResult Run(ParseResult parseResult, CliContext context, InputOptions inputs, Func<InputFile, Document, DocumentResult> check)
    {
        var loader = new ArticleLoader();
        if (!parseResult.GetValue(Fix))
        {
            return inputs.Run(parseResult, context, new CheckRun(loader, check));
        }
        if (parseResult.GetValue(inputs.Stdin))
        {
            throw new UsageException("--fix rewrites files and cannot be used with --stdin");
        }
        var found = inputs.Find(parseResult, context);
        var fixes = new FixRun(new FileFixer(loader.Readers, check)).Fix(found.Files);
        // Text reports say what changed before what is left; other formats keep standard output to themselves.
        FixReporter.Write(fixes.Outcomes, parseResult.GetValue(inputs.Format) == "text" ? context.Output : context.Error);
        return new CheckRunResult(fixes.Check.Results, [.. found.Errors, .. fixes.Check.Errors], [.. found.Skipped, .. fixes.Check.Skipped]);
    }
}
