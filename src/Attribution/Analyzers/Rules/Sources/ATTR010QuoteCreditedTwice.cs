using System.Buffers;
using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>The same quoted words credited to two different speakers: two people, two organisations, or a person and an organisation.</summary>
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
        // A speaker's identity is read only when a quotation is met a second time: most are met once. A statement whose
        // speaker has no identity credits nothing, so it is passed over where its identity is first needed.
        var identities = new SpeakerIdentities(context.Model);
        var earlier = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Quotations.Count == 0 || statement.Speaker is null)
            {
                continue;
            }
            foreach (var quotation in statement.Quotations)
            {
                if (Normalize(context.Text, quotation.Content) is not { } key)
                {
                    continue;
                }
                if (!earlier.TryGetValue(key, out var credits))
                {
                    earlier[key] = [statement];
                    continue;
                }
                if (identities.Of(statement) is not { } identity)
                {
                    break;
                }
                var other = credits.FirstOrDefault(c => identities.Of(c) is { } credited && !credited.CouldBe(identity));
                credits.Add(statement);
                if (other is null)
                {
                    continue;
                }
                var otherIdentity = identities.Of(other)!;
                context.Report(
                    quotation.Span,
                    [identity.Name, otherIdentity.Name, QuotedWords.First(context.Text, quotation.ContentCover)],
                    [new RelatedLocation(other.Speaker!.Span, $"credited to {otherIdentity.Name} here")]);
            }
        }
    }

    /// <summary>
    /// The quotation's words in lower case, one space apart, without punctuation; null when it has fewer than
    /// <see cref="MinimumWords"/>. Written into a rented buffer, so that only a quotation long enough to credit makes a string.
    /// </summary>
    private static string? Normalize(string text, IReadOnlyList<Text.TextSpan> content)
    {
        var capacity = 0;
        foreach (var span in content)
        {
            // Each character at most once, and a space before each word.
            capacity += 2 * span.Length;
        }
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            var length = 0;
            var words = 0;
            foreach (var span in content)
            {
                var inWord = false;
                for (var i = span.Start; i < span.End; i++)
                {
                    var c = text[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        if (!inWord)
                        {
                            if (length > 0)
                            {
                                buffer[length++] = ' ';
                            }
                            words++;
                            inWord = true;
                        }
                        buffer[length++] = char.ToLowerInvariant(c);
                    }
                    else if (c is not ('\'' or '’'))
                    {
                        inWord = false;
                    }
                }
            }
            return words < MinimumWords ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
