using System.Globalization;
using System.Text;
using Attribution.Analyzers;
using Attribution.Fixes;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>How a file's bytes are encoded, as far as a patch of it cares.</summary>
/// <param name="Name">The encoding's name, for a note when the file cannot be patched as UTF-8 text.</param>
public sealed record PatchEncoding(string Name, bool IsUtf8, bool HasByteOrderMark)
{
    public static PatchEncoding Utf8 { get; } = new("UTF-8", true, false);
}

/// <summary>
/// Every safe fix as one unified diff that <c>git apply</c> and <c>patch -p1</c> accept (<c>a/</c> and <c>b/</c>
/// paths, three lines of context). Suggestions, fixes that overlap one already taken and files a patch cannot
/// express are listed as <c>#</c> comment lines before each file's section, which both tools skip: a suggestion
/// is never a hunk.
/// </summary>
public static class DiffReporter
{
    private const int ContextLines = 3;

    public static void Write(CheckReport report, TextWriter writer, Func<FileReport, PatchEncoding>? encodingOf = null)
    {
        var patches = report.Files.Select(f => FilePatch.Of(f, encodingOf?.Invoke(f) ?? PatchEncoding.Utf8)).ToList();
        var fixes = patches.Sum(p => p.Applied);
        var suggestions = patches.Sum(p => p.Notes.Count(n => n.IsSuggestion));
        var changedFiles = patches.Count(p => p.Hunks.Count > 0);
        writer.Write(Comment($"attrib: {fixes} {(fixes == 1 ? "fix" : "fixes")} in {TextReporter.Plural(changedFiles, "file")}; {TextReporter.Plural(suggestions, "suggestion")} to read, not applied"));
        foreach (var patch in patches)
        {
            foreach (var note in patch.Notes)
            {
                writer.Write(Comment(note.Text));
            }
            if (patch.Hunks.Count == 0)
            {
                continue;
            }
            // As git writes them: a tab ends a name with a space in it, which patch would otherwise cut at the space.
            var end = patch.Path.Contains(' ', StringComparison.Ordinal) ? "\t" : "";
            writer.Write($"diff --git a/{patch.Path} b/{patch.Path}\n--- a/{patch.Path}{end}\n+++ b/{patch.Path}{end}\n");
            foreach (var hunk in patch.Hunks)
            {
                writer.Write(hunk);
            }
        }
    }

    /// <summary>A comment line: one line, opened with <c>#</c> so that no tool reads it as part of a patch.</summary>
    private static string Comment(string text) => "# " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "\n";

    private sealed record Note(string Text, bool IsSuggestion);

    /// <summary>One file's hunks (already rendered) and its notes.</summary>
    private sealed record FilePatch(string Path, IReadOnlyList<string> Hunks, IReadOnlyList<Note> Notes, int Applied)
    {
        public static FilePatch Of(FileReport file, PatchEncoding encoding)
        {
            // The fixes --fix would apply, chosen the same way; none for a file a patch cannot express.
            var choice = encoding.IsUtf8 ? FixApplier.Choose(file.Source.Length, file.Diagnostics) : new FixChoice([], [], []);
            var conflicting = choice.Conflicting.ToHashSet(ReferenceEqualityComparer.Instance);
            var notes = new List<Note>();
            foreach (var diagnostic in file.Diagnostics)
            {
                if (diagnostic.Fix is not { } fix)
                {
                    continue;
                }
                var at = file.Source.GetLinePosition(diagnostic.Span.Start);
                var where = $"{file.Path}({at.Line},{at.Column}): {diagnostic.Id}";
                if (fix.Kind == FixKind.Suggestion)
                {
                    notes.Add(new Note($"{where}: suggestion: {fix.Description}. {diagnostic.Message}", true));
                }
                else if (!encoding.IsUtf8)
                {
                    notes.Add(new Note($"{where}: fix not shown: the file is {encoding.Name}, and a patch is UTF-8 text: {fix.Description}", false));
                }
                else if (conflicting.Contains(diagnostic))
                {
                    notes.Add(new Note($"{where}: fix not applied: it overlaps another fix: {fix.Description}", false));
                }
            }
            var text = encoding.HasByteOrderMark ? "\uFEFF" + file.Source.Text : file.Source.Text;
            var shift = encoding.HasByteOrderMark ? 1 : 0;
            var edits = choice.Edits.Select(e => e with { Span = new TextSpan(e.Span.Start + shift, e.Span.End + shift) }).ToList();
            return new FilePatch(file.Path, DiffReporter.Hunks(text, edits), notes, choice.Applied.Count);
        }
    }

    /// <summary>A run of the old file's lines [First, Last] replaced by new lines.</summary>
    private sealed record Block(int First, int Last, IReadOnlyList<string> NewLines);

    /// <summary>The unified hunks that turn <paramref name="text"/> into the text with the edits applied (edits sorted, not overlapping).</summary>
    private static List<string> Hunks(string text, IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return [];
        }
        // Lines as git and patch see them: ended by LF only, a CR before it is part of the line.
        var lines = SplitLines(text);
        if (lines.Count == 0)
        {
            return [];
        }
        var starts = new int[lines.Count];
        for (int i = 0, offset = 0; i < lines.Count; offset += lines[i].Length, i++)
        {
            starts[i] = offset;
        }
        int LineOf(int offset)
        {
            var index = Array.BinarySearch(starts, offset);
            return Math.Min(lines.Count - 1, index >= 0 ? index : ~index - 1);
        }

        var blocks = new List<Block>();
        var pending = new List<TextEdit>();
        int first = -1, last = -1;
        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }
            var start = starts[first];
            var end = starts[last] + lines[last].Length;
            var builder = new StringBuilder();
            var position = start;
            foreach (var edit in pending)
            {
                builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
                position = edit.Span.End;
            }
            builder.Append(text, position, end - position);
            blocks.Add(new Block(first, last, SplitLines(builder.ToString())));
            pending.Clear();
        }
        foreach (var edit in edits)
        {
            var editFirst = LineOf(edit.Span.Start);
            var editLast = LineOf(Math.Max(edit.Span.Start, edit.Span.End - 1));
            if (pending.Count > 0 && editFirst > last)
            {
                Flush();
            }
            if (pending.Count == 0)
            {
                first = editFirst;
            }
            last = Math.Max(last, editLast);
            pending.Add(edit);
        }
        Flush();

        var hunks = new List<string>();
        var delta = 0;
        for (var i = 0; i < blocks.Count;)
        {
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].First - blocks[j].Last - 1 <= 2 * ContextLines)
            {
                j++;
            }
            var from = Math.Max(0, blocks[i].First - ContextLines);
            var to = Math.Min(lines.Count - 1, blocks[j].Last + ContextLines);
            var body = new StringBuilder();
            var oldCount = 0;
            var newCount = 0;
            var line = from;
            for (var k = i; k <= j; k++)
            {
                for (; line < blocks[k].First; line++, oldCount++, newCount++)
                {
                    AppendLine(body, ' ', lines[line]);
                }
                for (; line <= blocks[k].Last; line++, oldCount++)
                {
                    AppendLine(body, '-', lines[line]);
                }
                foreach (var added in blocks[k].NewLines)
                {
                    AppendLine(body, '+', added);
                    newCount++;
                }
            }
            for (; line <= to; line++, oldCount++, newCount++)
            {
                AppendLine(body, ' ', lines[line]);
            }
            var oldStart = from + 1;
            var newStart = from + 1 + delta;
            hunks.Add(string.Create(CultureInfo.InvariantCulture,
                $"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n{body}"));
            delta += newCount - oldCount;
            i = j + 1;
        }
        return hunks;
    }

    private static void AppendLine(StringBuilder body, char kind, string line)
    {
        body.Append(kind).Append(line);
        if (!line.EndsWith('\n'))
        {
            body.Append("\n\\ No newline at end of file\n");
        }
    }

    /// <summary>The lines of a text, each with its LF; the last without one when the text does not end with a line break.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }
}
