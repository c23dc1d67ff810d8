using Attribution.Documents;

namespace Attribution.Fixes;

/// <summary>What <c>--fix</c> did to a set of files: each file's outcome, and the check of the files as they now stand.</summary>
public sealed record FixRunResult(CheckRunResult Check, IReadOnlyList<FileFixOutcome> Outcomes);

/// <summary>Fixes many files in parallel (each file on its own); results come in the order the files were given.</summary>
public sealed class FixRun(FileFixer fixer)
{
    public FixRunResult Fix(IReadOnlyList<InputFile> files)
    {
        var outcomes = new (FileFixOutcome? Outcome, InputError? Error, SkippedInput? Skipped)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                var outcome = fixer.Fix(files[i]);
                outcomes[i] = outcome is null ? (null, null, SkippedInput.Binary(files[i])) : (outcome, null, null);
            }
            catch (InputException e)
            {
                outcomes[i] = (null, new InputError(files[i].DisplayPath, e.Message, e.Line), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes[i] = (null, CheckRun.InternalError(files[i].DisplayPath, e), null);
            }
        });
        var fixedFiles = outcomes.Where(o => o.Outcome is not null).Select(o => o.Outcome!).ToList();
        return new FixRunResult(
            new CheckRunResult(
                [.. fixedFiles.Select(o => o.Result)],
                [.. outcomes.Where(o => o.Error is not null).Select(o => o.Error!)],
                [.. outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!)]),
            fixedFiles);
    }
}
