using System.Globalization;
using Attribution.Fixes;

namespace Attribution.Reporting;

/// <summary>
/// What <c>--fix</c> changed, one line per applied or left fix in the compiler convention (positions in the file as
/// it was read), one per file left alone, then a count.
/// </summary>
public static class FixReporter
{
    public static void Write(IReadOnlyList<FileFixOutcome> outcomes, TextWriter writer)
    {
        foreach (var outcome in outcomes)
        {
            var path = outcome.File.DisplayPath;
            var written = outcome.Status == FileFixStatus.Written;
            foreach (var diagnostic in outcome.Plan.Applied)
            {
                var at = Position(outcome, diagnostic.Span.Start);
                writer.WriteLine(written
                    ? $"{path}({at}): fixed {diagnostic.Id}: {diagnostic.Fix!.Description}"
                    : $"{path}({at}): not fixed {diagnostic.Id}: {diagnostic.Fix!.Description}");
            }
            foreach (var diagnostic in outcome.Plan.Conflicting)
            {
                writer.WriteLine($"{path}({Position(outcome, diagnostic.Span.Start)}): not fixed {diagnostic.Id}: overlaps another fix; run --fix again");
            }
            if (outcome.Problem is not null)
            {
                writer.WriteLine($"{path}: not written: {outcome.Problem}");
            }
        }
        var files = outcomes.Count(o => o.Status == FileFixStatus.Written);
        var fixes = outcomes.Where(o => o.Status == FileFixStatus.Written).Sum(o => o.Plan.Applied.Count);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fixes} {(fixes == 1 ? "fix" : "fixes")} applied in {files} {(files == 1 ? "file" : "files")}"));
    }

    private static string Position(FileFixOutcome outcome, int offset)
    {
        // The result holds the fixed text once written; the plan's findings refer to the text as it was read.
        var at = outcome.Original.GetLinePosition(offset);
        return string.Create(CultureInfo.InvariantCulture, $"{at.Line},{at.Column}");
    }
}
