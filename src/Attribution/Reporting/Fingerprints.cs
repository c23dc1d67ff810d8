using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attribution.Analyzers;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: a hash of the rule id, the text of the span and a
/// few characters either side of it on its line (whitespace collapsed), never line numbers, so a finding keeps its
/// fingerprint when lines are added above it. Findings with the same hash in one file are told apart by their order
/// (<c>hash:1</c>, <c>hash:2</c>), as GitHub does for its own line hashes.
/// </summary>
public static class Fingerprints
{
    /// <summary>Characters of the line kept on each side of the span.</summary>
    private const int Context = 16;

    /// <summary>The fingerprints of a file's findings, in the order of <see cref="FileReport.Diagnostics"/>.</summary>
    public static IReadOnlyList<string> Of(FileReport file)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>(file.Diagnostics.Count);
        foreach (var diagnostic in file.Diagnostics)
        {
            var hash = Hash(diagnostic, file.Source);
            var occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            fingerprints.Add(hash + ":" + occurrence.ToString(CultureInfo.InvariantCulture));
        }
        return fingerprints;
    }

    private static string Hash(Diagnostic diagnostic, SourceText source)
    {
        var text = source.Text;
        var span = diagnostic.Span;
        var before = text[LineStartWithin(text, span.Start)..span.Start];
        var after = text[span.End..LineEndWithin(text, span.End)];
        var key = string.Join('\n', diagnostic.Id, Normalize(text[span.Start..span.End]), Normalize(before), Normalize(after));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static int LineStartWithin(string text, int offset)
    {
        var start = offset;
        while (start > 0 && offset - start < Context && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }
        return start;
    }

    private static int LineEndWithin(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && end - offset < Context && text[end] is not ('\n' or '\r'))
        {
            end++;
        }
        return end;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
