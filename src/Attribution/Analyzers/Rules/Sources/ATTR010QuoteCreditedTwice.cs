using System.Text;
using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>The same quoted words credited to two different speakers.</summary>
public sealed class ATTR010QuoteCreditedTwice : Analyzer
{
    /// <summary>Shorter quotations repeat by chance (slogans, set phrases).</summary>
    private const int MinimumWords = 5;

    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR010",
        "Quotation credited to two speakers",
        "'{2}' is credited to {0} here but to {1} earlier",
        "Sources",
        DiagnosticSeverity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        var first = new Dictionary<string, Statement>(StringComparer.Ordinal);
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Quotations.Count == 0 || statement.Speaker is null)
            {
                continue;
            }
            foreach (var quotation in statement.Quotations)
            {
                var key = Normalize(context.Text, quotation.Content, out var words);
                if (words < MinimumWords)
                {
                    continue;
                }
                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = statement;
                    continue;
                }
                if (SameSpeaker(context, earlier.Speaker!, statement.Speaker))
                {
                    continue;
                }
                context.Report(
                    quotation.Span,
                    [SpeakerName(context, statement.Speaker), SpeakerName(context, earlier.Speaker!), QuotedWords.First(context.Text, quotation.ContentCover)],
                    [new RelatedLocation(earlier.Speaker!.Span, $"credited to {SpeakerName(context, earlier.Speaker!)} here")]);
            }
        }
    }

    /// <summary>Different only when both resolve to different people, or neither resolves and the names differ.</summary>
    private static bool SameSpeaker(AnalysisContext context, Speaker a, Speaker b)
    {
        if (a.Person is not null && b.Person is not null)
        {
            return a.Person == b.Person;
        }
        if (a.Person is not null || b.Person is not null || a.Kind != SpeakerKind.Name || b.Kind != SpeakerKind.Name)
        {
            return true; // cannot tell: stay quiet
        }
        return string.Equals(SpeakerName(context, a), SpeakerName(context, b), StringComparison.OrdinalIgnoreCase);
    }

    private static string SpeakerName(AnalysisContext context, Speaker speaker) =>
        speaker.Person?.Name ?? context.Text.Substring(speaker.Span.Start, speaker.Span.Length);

    private static string Normalize(string text, IReadOnlyList<Text.TextSpan> content, out int words)
    {
        var builder = new StringBuilder();
        words = 0;
        var inWord = false;
        foreach (var span in content)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord && builder.Length > 0)
                    {
                        builder.Append(' ');
                    }
                    if (!inWord)
                    {
                        words++;
                    }
                    builder.Append(char.ToLowerInvariant(c));
                    inWord = true;
                }
                else if (c is not ('\'' or '’'))
                {
                    inWord = false;
                }
            }
            inWord = false;
        }
        return builder.ToString();
    }
}
