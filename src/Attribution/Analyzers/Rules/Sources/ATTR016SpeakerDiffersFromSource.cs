using Attribution.Semantics;
using Attribution.Sources;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>
/// A quotation the article credits to one person while the source it cites, read with the same semantic model,
/// gives the same words to another.
/// </summary>
public sealed class ATTR016SpeakerDiffersFromSource : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR016",
        "Quotation credited to someone else in its source",
        "'{0}' is credited to {1} here, but {2} gives it to {3}",
        "Sources",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var comparisons in SourceComparisons.Of(context.Model, context.Options.Sources))
        {
            var statement = comparisons[0].Statement;
            if (statement.Speaker is not { Person: { Surname.Length: > 0 } speaker } || !IsPerson(statement.Speaker))
            {
                continue;
            }
            // The words may stand more than once in a source; they are someone else's only if no place gives them to this speaker.
            var others = new List<(SourceComparison Comparison, Speaker Speaker)>();
            var confirmed = false;
            foreach (var comparison in comparisons.Where(c => c.Match.Kind != SourceMatchKind.None))
            {
                foreach (var place in comparison.Match.Places)
                {
                    var span = comparison.Source.Words.Cover(place.Start, place.Count);
                    foreach (var sourceSpeaker in SpeakersOf(comparison.Source.Model, span))
                    {
                        if (SamePerson(speaker, sourceSpeaker.Person!))
                        {
                            confirmed = true;
                        }
                        else
                        {
                            others.Add((comparison, sourceSpeaker));
                        }
                    }
                }
            }
            if (confirmed || others.Count == 0)
            {
                continue;
            }
            var (other, otherSpeaker) = others[0];
            var quotation = comparisons[0].Quotation;
            context.Report(
                quotation.Span,
                [QuotedWords.First(context.Text, quotation.ContentCover), speaker.Name, other.Source.Url, otherSpeaker.Person!.Name],
                [new RelatedLocation(statement.Speaker.Span, $"credited to {speaker.Name} here")],
                null,
                [$"{other.Source.Place(otherSpeaker.Span)}: the source credits the words to {otherSpeaker.Person!.Name}"]);
        }
    }

    /// <summary>The resolved speakers of the source's statements whose words overlap the span.</summary>
    private static IEnumerable<Speaker> SpeakersOf(SemanticModel source, Text.TextSpan span) =>
        source.Statements
            .Where(s => s.Speaker is { Person.Surname.Length: > 0 } && IsPerson(s.Speaker) && s.Content.Any(c => c.OverlapsWith(span)))
            .Select(s => s.Speaker!);

    /// <summary>
    /// A person the text names somewhere with a title, a courtesy title or two names (President Medvedev, Mr. King, Anna Berg): a bare capitalised
    /// word may be an organisation passing on someone's words (the Kremlin said).
    /// </summary>
    private static bool IsPerson(Speaker speaker) =>
        speaker.Kind is SpeakerKind.Name or SpeakerKind.Role or SpeakerKind.Pronoun && !speaker.IsAnonymous
        && speaker.Person is { } person && person.Mentions.Any(m => m.IsPersonLike);

    /// <summary>Two documents' people are one when their surnames agree (the fuller name may be given in only one).</summary>
    private static bool SamePerson(Person article, Person source) =>
        string.Equals(article.Surname, source.Surname, StringComparison.OrdinalIgnoreCase);
}
