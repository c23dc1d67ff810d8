using Attribution.Analyzers;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Each rule's page states its measured precision and recall in one line that starts with "Measured by the rule
/// benchmark:". The benchmark checks every page against the numbers, and writes the lines anew when asked.
/// </summary>
public static class RulePages
{
    public const string Marker = "Measured by the rule benchmark:";

    /// <summary>Every page whose line differs from the measurement, as a line to print; with <paramref name="write"/>, the pages are mended instead.</summary>
    public static IReadOnlyList<string> Check(string repositoryRoot, IReadOnlyList<RuleScore> scores, bool write)
    {
        var problems = new List<string>();
        foreach (var score in scores)
        {
            var path = Path.Combine(repositoryRoot, score.Rule.HelpLink);
            if (!File.Exists(path))
            {
                problems.Add($"{score.Rule.Id}: no page at {score.Rule.HelpLink}");
                continue;
            }
            var lines = File.ReadAllLines(path).ToList();
            var index = lines.FindIndex(l => l.StartsWith(Marker, StringComparison.Ordinal));
            if (index >= 0 && lines[index] == score.PageLine)
            {
                continue;
            }
            if (!write)
            {
                problems.Add($"{score.Rule.Id}: the page should say \"{score.PageLine}\"");
                continue;
            }
            if (index >= 0)
            {
                lines[index] = score.PageLine;
            }
            else
            {
                // After the page's title and first paragraph.
                var at = lines.FindIndex(1, l => l.Length == 0);
                lines.InsertRange(at < 0 ? lines.Count : at + 1, [score.PageLine, ""]);
            }
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        }
        return problems;
    }

    /// <summary>Every rule whose default severity is above what its measured precision allows.</summary>
    public static IReadOnlyList<string> CheckSeverities(IReadOnlyList<RuleScore> scores) =>
        [.. scores.Where(s => s.Rule.DefaultSeverity > s.MaximumSeverity)
            .Select(s => $"{s.Rule.Id} is {s.Rule.DefaultSeverity} but its precision allows at most {s.MaximumSeverity}")];
}
