using System.Globalization;
using System.Text.RegularExpressions;

namespace Attribution.Evaluation.Corpus;

/// <summary>
/// Reads brat standoff annotations: text-bound (<c>T</c>) and event (<c>E</c>) lines; other kinds
/// (relations, attributes, notes) are skipped. A line that does not start with an annotation id continues
/// the text of the annotation before it: some exports wrote span text that holds a line break as it is.
/// </summary>
public static partial class BratStandoffParser
{
    public static BratDocument Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var textBounds = new Dictionary<string, BratTextBound>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        var problems = new List<string>();

        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = 0;
        while (index < lines.Length)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            index++;
            if (line.Length == 0)
            {
                continue;
            }
            if (!RecordStart().IsMatch(line))
            {
                problems.Add($"line {lineNumber}: not an annotation line");
                continue;
            }
            switch (line[0])
            {
                case 'T':
                    var continuation = TakeContinuation(lines, ref index);
                    if (TryParseTextBound(line + continuation, lineNumber, out var textBound, out var problem))
                    {
                        if (!textBounds.TryAdd(textBound.Id, textBound))
                        {
                            problems.Add($"line {lineNumber}: duplicate id {textBound.Id}");
                        }
                    }
                    else
                    {
                        problems.Add($"line {lineNumber}: {problem}");
                    }
                    break;
                case 'E':
                    if (TryParseEvent(line, lineNumber, out var @event, out problem))
                    {
                        events.Add(@event);
                    }
                    else
                    {
                        problems.Add($"line {lineNumber}: {problem}");
                    }
                    break;
                default:
                    break;
            }
        }
        return new BratDocument(textBounds, events, problems);
    }

    /// <summary>
    /// Collects the lines after a text-bound annotation that do not start a new annotation, each prefixed with
    /// the line break it stood after. Empty lines at the end of such a run are separators, not span text.
    /// </summary>
    private static string TakeContinuation(string[] lines, ref int index)
    {
        var end = index;
        while (end < lines.Length && !RecordStart().IsMatch(lines[end]))
        {
            end++;
        }
        var lastText = end - 1;
        while (lastText >= index && lines[lastText].Length == 0)
        {
            lastText--;
        }
        var continuation = lastText < index ? string.Empty : "\n" + string.Join('\n', lines, index, lastText - index + 1);
        index = end;
        return continuation;
    }

    private static bool TryParseTextBound(string line, int lineNumber, out BratTextBound textBound, out string problem)
    {
        textBound = null!;
        var fields = line.Split('\t', 3);
        if (fields.Length < 3)
        {
            problem = "a text-bound annotation needs three tab-separated fields";
            return false;
        }
        var labelEnd = fields[1].IndexOf(' ', StringComparison.Ordinal);
        if (labelEnd <= 0)
        {
            problem = $"{fields[0]}: no offsets after the label";
            return false;
        }
        var label = fields[1][..labelEnd];
        var fragments = new List<CodePointRange>();
        foreach (var part in fields[1][(labelEnd + 1)..].Split(';'))
        {
            var bounds = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                problem = $"{fields[0]}: bad offsets '{part}'";
                return false;
            }
            fragments.Add(new CodePointRange(start, end));
        }
        textBound = new BratTextBound(fields[0], label, fragments, fields[2], lineNumber);
        problem = string.Empty;
        return true;
    }

    private static bool TryParseEvent(string line, int lineNumber, out BratEvent @event, out string problem)
    {
        @event = null!;
        var fields = line.Split('\t');
        if (fields.Length < 2)
        {
            problem = "an event needs an id and its arguments";
            return false;
        }
        var tokens = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !TrySplitArgument(tokens[0], out var trigger))
        {
            problem = $"{fields[0]}: no 'Type:T<n>' trigger";
            return false;
        }
        var arguments = new List<BratArgument>();
        foreach (var token in tokens.AsSpan(1))
        {
            if (!TrySplitArgument(token, out var argument))
            {
                problem = $"{fields[0]}: bad argument '{token}'";
                return false;
            }
            arguments.Add(argument);
        }
        @event = new BratEvent(fields[0], trigger.Role, trigger.TargetId, arguments, lineNumber);
        problem = string.Empty;
        return true;
    }

    private static bool TrySplitArgument(string token, out BratArgument argument)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == token.Length - 1)
        {
            argument = null!;
            return false;
        }
        argument = new BratArgument(token[..colon], token[(colon + 1)..]);
        return true;
    }

    /// <summary>The id that opens every brat annotation line: T, R, E, A, M, N with a number, # notes, * equivalences.</summary>
    [GeneratedRegex(@"^(?:[TREAMN][0-9]+|#[0-9]*|\*)\t")]
    private static partial Regex RecordStart();
}
