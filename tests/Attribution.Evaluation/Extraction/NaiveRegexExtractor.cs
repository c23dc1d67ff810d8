using System.Text.RegularExpressions;
using Attribution.Text;

namespace Attribution.Evaluation.Extraction;

/// <summary>
/// A baseline that checks the harness, not a model of attribution. Every “…” or "…" pair on one line is a
/// content (quotation marks included). Its source is the capitalised name nearest to a <c>said</c> or
/// <c>says</c> at most a few words after the closing mark (<c>,” said Jane Doe</c>, <c>,” Jane Doe said</c>)
/// or, failing that, before the opening mark (<c>Jane Doe said on Monday: “</c>).
/// Pronouns and other cue verbs are not recognised, and indirect speech is never found.
/// </summary>
public sealed partial class NaiveRegexExtractor : IAttributionExtractor
{
    /// <summary>How many characters either side of a quotation are searched, within its line.</summary>
    private const int Window = 80;

    /// <summary>How many words may stand between a quotation and its cue, or between a cue and the name.</summary>
    private const int FewWords = 8;

    public IReadOnlyList<PredictedAttribution> Extract(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var attributions = new List<PredictedAttribution>();
        foreach (Match quote in QuotePair().Matches(text))
        {
            var content = new TextSpan(quote.Index, quote.Index + quote.Length);
            var speaker = SpeakerAfter(text, content) ?? SpeakerBefore(text, content);
            attributions.Add(new PredictedAttribution([content], speaker?.Source, speaker?.Cue));
        }
        return attributions;
    }

    private static (TextSpan Source, TextSpan Cue)? SpeakerAfter(string text, TextSpan quote)
    {
        var lineEnd = text.IndexOf('\n', quote.End);
        var windowEnd = Math.Min(lineEnd < 0 ? text.Length : lineEnd, quote.End + Window);
        var cue = Cue().Match(text, quote.End, windowEnd - quote.End);
        if (!cue.Success || Words(text, quote.End, cue.Index) > FewWords)
        {
            return null;
        }
        var name = NameBefore(text, quote.End, cue.Index) ?? NameAfter(text, cue.Index + cue.Length, windowEnd);
        return name is { } source ? (source, SpanOf(cue)) : null;
    }

    private static (TextSpan Source, TextSpan Cue)? SpeakerBefore(string text, TextSpan quote)
    {
        var lineStart = quote.Start == 0 ? 0 : text.LastIndexOf('\n', quote.Start - 1) + 1;
        var windowStart = Math.Max(lineStart, quote.Start - Window);
        var cue = LastCue().Match(text, windowStart, quote.Start - windowStart);
        if (!cue.Success || Words(text, cue.Index + cue.Length, quote.Start) > FewWords)
        {
            return null;
        }
        var name = NameBefore(text, windowStart, cue.Index) ?? NameAfter(text, cue.Index + cue.Length, quote.Start);
        return name is { } source ? (source, SpanOf(cue)) : null;
    }

    /// <summary>The last name in [start, end) that ends at most a few words before <paramref name="end"/>.</summary>
    private static TextSpan? NameBefore(string text, int start, int end)
    {
        var name = LastName().Match(text, start, end - start);
        return name.Success && Words(text, name.Index + name.Length, end) <= FewWords ? SpanOf(name) : null;
    }

    /// <summary>The first name in [start, end) that starts at most a few words after <paramref name="start"/>.</summary>
    private static TextSpan? NameAfter(string text, int start, int end)
    {
        var name = Name().Match(text, start, end - start);
        return name.Success && Words(text, start, name.Index) <= FewWords ? SpanOf(name) : null;
    }

    private static int Words(string text, int start, int end) => end <= start ? 0 : Word().Count(text.AsSpan(start, end - start));

    private static TextSpan SpanOf(Capture capture) => new(capture.Index, capture.Index + capture.Length);

    /// <summary>A pair of curly or straight double quotation marks with no line break between them.</summary>
    [GeneratedRegex("“[^“”\n]+”|\"[^\"\n]+\"")]
    private static partial Regex QuotePair();

    [GeneratedRegex(@"\b(?:said|says)\b")]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:said|says)\b", RegexOptions.RightToLeft)]
    private static partial Regex LastCue();

    [GeneratedRegex(NamePattern)]
    private static partial Regex Name();

    [GeneratedRegex(NamePattern, RegexOptions.RightToLeft)]
    private static partial Regex LastName();

    [GeneratedRegex(@"[\w'’-]+")]
    private static partial Regex Word();

    /// <summary>One to four capitalised words; a period belongs to a word only before another one (<c>Sen. Jane Doe</c>).</summary>
    private const string NamePattern = @"\b[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?(?:\s+[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?){0,3}\b";
}
