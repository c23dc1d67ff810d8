using Attribution.Documents;

namespace Attribution;

/// <summary>What checking a set of files produced, in the order the files were given.</summary>
public sealed record CheckRunResult(IReadOnlyList<DocumentResult> Results, IReadOnlyList<InputError> Errors, IReadOnlyList<SkippedInput> Skipped);

/// <summary>What checking one file produced: exactly one of a result, an input error or a reason it was skipped.</summary>
public sealed record FileOutcome(InputFile File, DocumentResult? Result, InputError? Error, SkippedInput? Skipped);

/// <summary>
/// Checks many files on all cores and hands back what each produced in the order the files were given. One bad
/// file becomes an input error in the report; the others are still checked.
/// </summary>
public sealed class CheckRun(ArticleLoader loader, Func<InputFile, Document, DocumentResult> check)
{
    public CheckRun()
        : this(new ArticleLoader(), new Checker())
    {
    }

    public CheckRun(ArticleLoader loader, Checker checker)
        : this(loader, (_, document) => checker.Check(document))
    {
    }

    /// <summary>How many files are checked at most at once: all the cores there are, by default.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Each file's outcome, in input order, as soon as it and every file before it are done. Files are checked in
    /// parallel, at most a few per worker ahead of the one being read: a consumer that writes each outcome and lets it
    /// go holds only that window in memory, however many files there are.
    /// </summary>
    public IEnumerable<FileOutcome> CheckEach(IReadOnlyList<InputFile> files) => CheckEach(files, static outcome => outcome);

    /// <summary>
    /// What <paramref name="keep"/> takes of each file's outcome, in input order, as <see cref="CheckEach(IReadOnlyList{InputFile})"/>.
    /// It runs on the worker that checked the file, so whatever it does not keep (for a report of the findings, the
    /// whole semantic model) is let go there, instead of waiting in the window for the files before it.
    /// </summary>
    public IEnumerable<T> CheckEach<T>(IReadOnlyList<InputFile> files, Func<FileOutcome, T> keep)
    {
        PromoteLongLived(files);
        var quiet = files.Count >= ManyFiles ? QuietCollections.ForRun() : null;
        var parallelism = Math.Max(1, MaxParallelism);
        if (parallelism == 1)
        {
            foreach (var file in files)
            {
                if (quiet?.IsDue() == true)
                {
                    quiet.Collect();
                }
                yield return keep(CheckOne(file));
            }
            yield break;
        }
        // Eight files per worker may be done ahead of the one being read: enough that a long file at the head
        // seldom idles a worker, few enough that memory does not grow with the input.
        using var work = new OrderedWork<T>(files.Count, parallelism, 8 * parallelism, i => keep(CheckOne(files[i])), quiet);
        foreach (var outcome in work.InOrder())
        {
            yield return outcome;
        }
    }

    /// <summary>
    /// A long file list lives through the whole run. Left in the first generation, it survives the first collections,
    /// and the collector, seeing so much survive, enlarges the first generation's budget for the rest of the run: a
    /// run over four times as many files then peaks at half as much memory again, though no analysis is kept. One full
    /// collection before the first file moves the list out of the first generation, so that budget is set by one
    /// file's work. The same collection lays out the first generation's memory for the run (<see cref="FirstGenerationMemory"/>).
    /// </summary>
    private static void PromoteLongLived(IReadOnlyList<InputFile> files)
    {
        if (files.Count >= ManyFiles)
        {
            FirstGenerationMemory.Collect();
        }
    }

    /// <summary>Below this many files the list is too small to sway the collector, and a cold start should not pay for a collection.</summary>
    private const int ManyFiles = 256;

    /// <summary>Checks every file and keeps every result: for callers that need them all at once.</summary>
    public CheckRunResult Check(IReadOnlyList<InputFile> files)
    {
        var results = new List<DocumentResult>();
        var errors = new List<InputError>();
        var skipped = new List<SkippedInput>();
        foreach (var outcome in CheckEach(files))
        {
            if (outcome.Result is not null)
            {
                results.Add(outcome.Result);
            }
            if (outcome.Error is not null)
            {
                errors.Add(outcome.Error);
            }
            if (outcome.Skipped is not null)
            {
                skipped.Add(outcome.Skipped);
            }
        }
        return new CheckRunResult(results, errors, skipped);
    }

    /// <summary>Checks text that is already decoded (standard input); <paramref name="fullPath"/> is where it would stand on disk.</summary>
    public DocumentResult CheckText(string content, string displayPath, string? fullPath = null) =>
        check(new InputFile(fullPath ?? Path.GetFullPath(displayPath), displayPath), loader.Parse(content, displayPath));

    /// <summary>Checks text that is already decoded (standard input); input it cannot take is an input error in the result, as for files.</summary>
    public CheckRunResult CheckContent(string content, string displayPath, string? fullPath = null)
    {
        try
        {
            return new CheckRunResult([CheckText(content, displayPath, fullPath)], [], []);
        }
        catch (InputException e)
        {
            return new CheckRunResult([], [new InputError(displayPath, e.Message, e.Line)], []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CheckRunResult([], [InternalError(displayPath, e)], []);
        }
    }

    /// <summary>
    /// A fault of the checker itself on one file: reported for that file like an input error, so that one file
    /// never costs the report of the others.
    /// </summary>
    internal static InputError InternalError(string displayPath, Exception e) =>
        new(displayPath, $"internal error while checking this file ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it with the file");

    private FileOutcome CheckOne(InputFile file)
    {
        try
        {
            var document = loader.Load(file);
            return document is null
                ? new FileOutcome(file, null, null, SkippedInput.Binary(file))
                : new FileOutcome(file, check(file, document), null, null);
        }
        catch (InputException e)
        {
            return new FileOutcome(file, null, new InputError(file.DisplayPath, e.Message, e.Line), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FileOutcome(file, null, InternalError(file.DisplayPath, e), null);
        }
    }
}
