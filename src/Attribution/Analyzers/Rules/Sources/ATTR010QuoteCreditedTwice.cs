using System.Text;
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
                var key = Normalize(context.Text, quotation.Content, out var words);
                if (words < MinimumWords)
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
