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
        var earlier = new Dictionary<string, Credits>(StringComparer.Ordinal);
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
                    earlier[key] = new Credits(statement);
                    continue;
                }
                if (identities.Of(statement) is not { } identity)
                {
                    break;
                }
                var other = credits.FirstThatCannotBe(identity, identities);
                credits.Add(statement, identity, identities);
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
    /// The statements that credit one quotation, in text order, one for each speaker identity: a later statement whose
    /// identity has the key of an earlier one answers every comparison as that one does, so a quotation repeated by one
    /// speaker throughout a transcript is compared once, not once for each repetition.
    /// </summary>
    private sealed class Credits(Statement first)
    {
        private readonly List<Statement> _distinct = [first];
        private HashSet<SpeakerIdentity.IdentityKey>? _keys;

        /// <summary>The first crediting statement whose speaker surely is not <paramref name="identity"/>, or null.</summary>
        public Statement? FirstThatCannotBe(SpeakerIdentity identity, SpeakerIdentities identities) =>
            _distinct.FirstOrDefault(c => identities.Of(c) is { } credited && !credited.CouldBe(identity));

        public void Add(Statement statement, SpeakerIdentity identity, SpeakerIdentities identities)
        {
            if (_keys is null)
            {
                // The first statement's identity is read only now that the quotation is met again.
                _keys = [];
                if (identities.Of(first) is { } firstIdentity)
                {
                    _keys.Add(firstIdentity.Key);
                }
            }
            if (_keys.Add(identity.Key))
            {
                _distinct.Add(statement);
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
