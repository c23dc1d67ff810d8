using System.Security.Cryptography;
using System.Text;
using Attribution.Analyzers;

namespace Attribution.Reporting;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: the rule id, the finding's text and a few words
/// on either side, with whitespace runs made one space. Lines and offsets are left out, so a finding keeps its
/// fingerprint when lines are added above it. Baselines and SARIF <c>partialFingerprints</c> use it.
/// </summary>
public static class Fingerprint
{
    /// <summary>How many words of context either side of the finding count.</summary>
    public const int ContextWords = 4;

    /// <summary>32 lower-case hex digits.</summary>
    /// <param name="source">The original file's text: the text the diagnostic's span points into.</param>
    public static string Of(Diagnostic diagnostic, string source)
    {
        var start = Math.Clamp(diagnostic.Span.Start, 0, source.Length);
        var end = Math.Clamp(diagnostic.Span.End, start, source.Length);
        // Context stays on the finding's own lines, so that edits to the lines around it leave it alone.
        var lineStart = start == 0 ? 0 : source.LastIndexOfAny(LineBreaks, start - 1) + 1;
        var lineEnd = source.IndexOfAny(LineBreaks, end) is var at and >= 0 ? at : source.Length;
        var before = Words(source[Math.Min(lineStart, start)..start]).TakeLast(ContextWords);
        var after = Words(source[end..Math.Max(end, lineEnd)]).Take(ContextWords);
        var key = $"{diagnostic.Id}\n{string.Join(' ', Words(source[start..end]))}\n{string.Join(' ', before)}\n{string.Join(' ', after)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    private static readonly char[] LineBreaks = ['\n', '\r'];

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
