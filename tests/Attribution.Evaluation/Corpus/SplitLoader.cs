using System.Text;
using Attribution.Text;

namespace Attribution.Evaluation.Corpus;

/// <summary>
/// Loads a split laid out as <c>text/&lt;article&gt;.txt</c> with <c>attributions/&lt;article&gt;_&lt;annotator&gt;.ann</c>.
/// When an article has several annotation files, the first in ordinal order is used. An article without one is
/// left out and reported. Each text-bound annotation is checked against the article text at its offsets.
/// </summary>
public static class SplitLoader
{
    public const int MaxProblemsKept = 20;

    public static CorpusSplit Load(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            throw new CorpusLoadException($"split directory '{directory}' does not exist");
        }
        var textDirectory = Path.Combine(directory, "text");
        var annotationDirectory = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new CorpusLoadException($"'{directory}' is not a split: it needs text/ and attributions/ folders");
        }
        var textFiles = Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (textFiles.Length == 0)
        {
            throw new CorpusLoadException($"'{textDirectory}' holds no .txt files");
        }
        var annotationFiles = Directory.GetFiles(annotationDirectory, "*.ann")
            .GroupBy(ArticleNameOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        var tally = new Tally();
        var articles = new List<Article>();
        var several = new List<string>();
        var without = new List<string>();
        foreach (var textPath in textFiles)
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (!annotationFiles.TryGetValue(name, out var candidates))
            {
                without.Add(name);
                continue;
            }
            if (candidates.Length > 1)
            {
                several.Add(name);
            }
            var text = File.ReadAllText(textPath, Encoding.UTF8);
            var annotationPath = candidates[0];
            var brat = BratStandoffParser.Parse(File.ReadAllText(annotationPath, Encoding.UTF8));
            foreach (var problem in brat.Problems)
            {
                tally.Problem($"{Path.GetFileName(annotationPath)}: {problem}");
            }
            articles.Add(new Article(name, textPath, text, annotationPath, ToGold(name, text, brat, tally)));
        }

        var report = new LoadReport(
            textFiles.Length,
            annotationFiles.Values.Sum(files => files.Length),
            several,
            without,
            tally.TextBounds,
            tally.SpanMismatches,
            tally.SpansOutOfRange,
            tally.Events,
            tally.EventsWithoutContent,
            tally.UnresolvedReferences,
            tally.ProblemCount,
            tally.Problems);
        return new CorpusSplit(directory, articles, report);
    }

    /// <summary>The article an annotation file belongs to: its name without the last <c>_&lt;annotator&gt;</c> part.</summary>
    public static string ArticleNameOf(string annotationPath)
    {
        var name = Path.GetFileNameWithoutExtension(annotationPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }

    /// <summary>Converts the events of one annotation file to gold attributions in UTF-16 offsets of <paramref name="text"/>.</summary>
    public static IReadOnlyList<GoldAttribution> ToGold(string articleName, string text, BratDocument brat, Tally tally)
    {
        var offsets = new CodePointOffsets(text);
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        foreach (var textBound in brat.TextBounds.Values.OrderBy(t => t.LineNumber))
        {
            tally.TextBounds++;
            if (!TryConvert(textBound, offsets, out var converted))
            {
                tally.SpansOutOfRange++;
                tally.Problem($"{articleName}: {textBound.Id} offsets lie outside the text");
                continue;
            }
            var recorded = string.Join(' ', converted.Select(span => text.Substring(span.Start, span.Length)));
            if (!string.Equals(recorded, textBound.Text, StringComparison.Ordinal))
            {
                tally.SpanMismatches++;
                tally.Problem($"{articleName}: {textBound.Id} text differs from the article at its offsets");
            }
            spans[textBound.Id] = converted;
        }

        var attributions = new List<GoldAttribution>();
        foreach (var @event in brat.Events)
        {
            tally.Events++;
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (var argument in @event.Arguments)
            {
                var target = argument.BaseRole switch
                {
                    "Content" => content,
                    "Source" => source,
                    "Cue" => cue,
                    _ => null,
                };
                if (target is null)
                {
                    continue;
                }
                if (spans.TryGetValue(argument.TargetId, out var argumentSpans))
                {
                    target.AddRange(argumentSpans);
                }
                else
                {
                    tally.UnresolvedReferences++;
                    tally.Problem($"{articleName}: {@event.Id} refers to {argument.TargetId}, which is missing or unusable");
                }
            }
            if (content.Count == 0)
            {
                tally.EventsWithoutContent++;
                continue;
            }
            attributions.Add(new GoldAttribution(@event.Id, Sorted(content), Sorted(source), Sorted(cue)));
        }
        return attributions;
    }

    private static bool TryConvert(BratTextBound textBound, CodePointOffsets offsets, out IReadOnlyList<TextSpan> spans)
    {
        var converted = new List<TextSpan>(textBound.Fragments.Count);
        foreach (var fragment in textBound.Fragments)
        {
            if (!offsets.TryToUtf16(fragment.Start, out var start) || !offsets.TryToUtf16(fragment.End, out var end))
            {
                spans = [];
                return false;
            }
            converted.Add(new TextSpan(start, end));
        }
        spans = converted;
        return true;
    }

    private static List<TextSpan> Sorted(List<TextSpan> spans)
    {
        spans.Sort();
        return spans;
    }

    /// <summary>Running counts while a split loads.</summary>
    public sealed class Tally
    {
        private readonly List<string> _problems = [];

        public int TextBounds { get; set; }
        public int SpanMismatches { get; set; }
        public int SpansOutOfRange { get; set; }
        public int Events { get; set; }
        public int EventsWithoutContent { get; set; }
        public int UnresolvedReferences { get; set; }
        public int ProblemCount { get; private set; }

        /// <summary>The first <see cref="MaxProblemsKept"/> problem descriptions.</summary>
        public IReadOnlyList<string> Problems => _problems;

        public void Problem(string description)
        {
            ProblemCount++;
            if (_problems.Count < MaxProblemsKept)
            {
                _problems.Add(description);
            }
        }
    }
}
