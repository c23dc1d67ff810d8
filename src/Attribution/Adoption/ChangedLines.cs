using System.Diagnostics;
using System.Text.RegularExpressions;
using Attribution.Analyzers;
using Attribution.Documents;

namespace Attribution.Adoption;

/// <summary>
/// The lines changed since the merge base of HEAD and a git ref, in the working tree (staged, unstaged and untracked
/// files included), read from <c>git merge-base</c> and <c>git diff -U0</c>. <c>--changed-since</c> keeps only the
/// findings that start on them.
/// </summary>
public sealed partial class ChangedLines
{
    private readonly string _root;
    private readonly Dictionary<string, List<(int First, int Last)>> _byPath;
    private readonly HashSet<string> _wholeFiles;

    private ChangedLines(string root, Dictionary<string, List<(int, int)>> byPath, HashSet<string> wholeFiles)
    {
        _root = root;
        _byPath = byPath;
        _wholeFiles = wholeFiles;
    }

    /// <summary>Asks git, in the repository that holds <paramref name="directory"/>; a git failure throws <see cref="InputException"/>.</summary>
    public static ChangedLines Since(string reference, string directory)
    {
        var root = Git(directory, "rev-parse", "--show-toplevel").Trim();
        var mergeBase = Git(root, "merge-base", reference, "HEAD").Trim();
        var diff = Git(root, "diff", "-U0", "--no-color", "--no-ext-diff", mergeBase);
        var untracked = Git(root, "ls-files", "--others", "--exclude-standard", "-z");
        return new ChangedLines(root, ParseDiff(diff), [.. untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries)]);
    }

    /// <summary>The lines of each new file a unified diff adds or changes, by its path in the diff.</summary>
    public static Dictionary<string, List<(int First, int Last)>> ParseDiff(string diff)
    {
        var byPath = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        List<(int, int)>? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var path = line[4..].TrimEnd('\r');
                current = path == "/dev/null" ? null : byPath[Unquote(path)[2..]] = [];
            }
            else if (current is not null && Hunk().Match(line) is { Success: true } hunk)
            {
                var start = int.Parse(hunk.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (count > 0)
                {
                    current.Add((start, start + count - 1));
                }
            }
        }
        return byPath;
    }

    /// <summary>The result with only the findings that start on a changed line.</summary>
    public DocumentResult OnChangedLines(string fullPath, DocumentResult result)
    {
        var path = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (_wholeFiles.Contains(path))
        {
            return result;
        }
        var ranges = _byPath.GetValueOrDefault(path) ?? [];
        var source = result.Document.Source;
        bool Changed(Diagnostic d)
        {
            var line = source.GetLinePosition(d.Span.Start).Line;
            return ranges.Any(r => line >= r.First && line <= r.Last);
        }
        return result with { Diagnostics = [.. result.Diagnostics.Where(Changed)] };
    }

    /// <summary>git quotes a path with unusual characters in C style: "b/na\"me".</summary>
    private static string Unquote(string path) =>
        path.Length >= 2 && path[0] == '"' && path[^1] == '"' ? Regex.Unescape(path[1..^1]) : path;

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InputException($"--changed-since: git {arguments[0]} failed: {error.Result.Trim().Split('\n')[0]}");
            }
            return output;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException($"--changed-since needs git on the PATH: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@", RegexOptions.NonBacktracking)]
    private static partial Regex Hunk();
}
