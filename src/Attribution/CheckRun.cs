using Attribution.Documents;

namespace Attribution;

/// <summary>What checking a set of files produced, in the order the files were given.</summary>
public sealed record CheckRunResult(IReadOnlyList<DocumentResult> Results, IReadOnlyList<InputError> Errors, IReadOnlyList<SkippedInput> Skipped);

/// <summary>
/// Checks many files in parallel and returns results in the order the files were given. One bad file becomes
/// an input error in the report; the others are still checked.
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

    public CheckRunResult Check(IReadOnlyList<InputFile> files)
    {
        var outcomes = new (DocumentResult? Result, InputError? Error, SkippedInput? Skipped)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            try
            {
                var document = loader.Load(file);
                outcomes[i] = document is null ? (null, null, SkippedInput.Binary(file)) : (check(file, document), null, null);
            }
            catch (InputException e)
            {
                outcomes[i] = (null, new InputError(file.DisplayPath, e.Message, e.Line), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes[i] = (null, InternalError(file.DisplayPath, e), null);
            }
        });
        return new CheckRunResult(
            [.. outcomes.Where(o => o.Result is not null).Select(o => o.Result!)],
            [.. outcomes.Where(o => o.Error is not null).Select(o => o.Error!)],
            [.. outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!)]);
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
}
