using System.Globalization;

namespace Attribution.RuleBenchmark;

/// <summary>Which finding a judgement is about: the corpus, the file (by name), the rule and the span in the original file.</summary>
public sealed record JudgementKey(string Corpus, string File, string Rule, int Start, int End);

/// <summary>A finding on published text read by hand: real (the article is wrong there) or false, and why.</summary>
public sealed record Judgement(JudgementKey Key, bool Real, string Cause);

/// <summary>
/// The hand judgements, one per line of a tab-separated file:
/// <c>corpus	file	rule	start	end	real|false	cause</c>. Lines starting with # are comments. The file
/// names no text of the corpora: only where a finding stands and what it was.
/// </summary>
public sealed class Judgements
{
    private readonly Dictionary<JudgementKey, Judgement> _byKey;

    private Judgements(Dictionary<JudgementKey, Judgement> byKey) => _byKey = byKey;

    public static Judgements Empty { get; } = new([]);

    public int Count => _byKey.Count;

    public Judgement? Find(JudgementKey key) => _byKey.GetValueOrDefault(key);

    public static Judgements Load(string path)
    {
        var byKey = new Dictionary<JudgementKey, Judgement>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 6
                || !int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || cells[5] is not ("real" or "false"))
            {
                throw new InvalidDataException($"{path}, line {number}: expected corpus, file, rule, start, end, real|false, cause separated by tabs");
            }
            var key = new JudgementKey(cells[0], cells[1], cells[2], start, end);
            if (!byKey.TryAdd(key, new Judgement(key, cells[5] == "real", cells.Length > 6 ? cells[6] : "")))
            {
                throw new InvalidDataException($"{path}, line {number}: a second judgement of the same finding");
            }
        }
        return new Judgements(byKey);
    }

    /// <summary>A line for the judgements file, with the verdict still to be written.</summary>
    public static string Unjudged(JudgementKey key) => $"{key.Corpus}\t{key.File}\t{key.Rule}\t{key.Start}\t{key.End}\t?\t";
}
