using Attribution.Text;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Semantics.Citations;
using Attribution.Syntax;

namespace Attribution.Semantics;

/// <summary>What the document means for the rules: statements and their speakers, people, and role claims in time.</summary>
public sealed class SemanticModel
{
    private readonly IReadOnlyDictionary<int, Person> _personByMention;
    private (IReadOnlyList<RoleConflict> Conflicts, IReadOnlyList<SharedOffice> Shared)? _consistency;

    private SemanticModel(SyntaxTree syntax, IReadOnlyList<Statement> statements, IReadOnlyList<Person> people, IReadOnlyDictionary<int, Person> personByMention, IReadOnlyList<RoleClaim> claims)
    {
        Syntax = syntax;
        Statements = statements;
        People = people;
        _personByMention = personByMention;
        RoleClaims = claims;
    }

    public SyntaxTree Syntax { get; }

    public Document Document => Syntax.Document;

    public IReadOnlyList<Statement> Statements { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<RoleClaim> RoleClaims { get; }

    public OfficeLexicon Offices => Syntax.Lexicons.Offices;

    public JurisdictionLexicon Jurisdictions => JurisdictionLexicon.Default;

    /// <summary>The article's year, from its metadata, when the input gives one.</summary>
    public int? ArticleYear => Document.Metadata.Date?.Year;

    public IReadOnlyList<RoleConflict> RoleConflicts => (_consistency ??= RoleConsistency.Analyze(RoleClaims, Offices, Jurisdictions, ArticleYear)).Conflicts;

    public IReadOnlyList<SharedOffice> SharedOffices => (_consistency ??= RoleConsistency.Analyze(RoleClaims, Offices, Jurisdictions, ArticleYear)).Shared;

    public Person? PersonOf(Mention mention) => _personByMention.GetValueOrDefault(mention.Index);

    private TextSpan[]? _speakerSpans;

    /// <summary>True when the speaker of some statement stands wholly inside <paramref name="span"/> (binary search over the speakers by position).</summary>
    public bool HasSpeakerWithin(TextSpan span)
    {
        var speakers = _speakerSpans ??= [.. Statements.Where(s => s.Speaker is not null).Select(s => s.Speaker!.Span).OrderBy(s => s.Start)];
        int lo = 0, hi = speakers.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (speakers[mid].Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo; k < speakers.Length && speakers[k].Start < span.End; k++)
        {
            if (speakers[k].End <= span.End)
            {
                return true;
            }
        }
        return false;
    }

    private IReadOnlyList<Citation>? _citations;
    private CitationIndex? _citationIndex;

    /// <summary>Every citation of the document in text order: links, written URLs, cite attributes and elements, outlet credits.</summary>
    public IReadOnlyList<Citation> Citations => _citations ??= CitationReader.Read(Document);

    /// <summary>The citations that support a statement, nearest first as <see cref="CitationIndex"/> says: inside or around it and in its sentences, else its paragraph's credits.</summary>
    public IReadOnlyList<Citation> CitationsOf(Statement statement) => (_citationIndex ??= new CitationIndex(Syntax, Citations)).Of(statement);

    /// <summary>The citations of the statement the quotation belongs to; for a quotation no statement holds, those of its own words.</summary>
    public IReadOnlyList<Citation> CitationsOf(Quotation quotation) =>
        Statements.FirstOrDefault(s => s.Quotations.Contains(quotation)) is { } statement
            ? CitationsOf(statement)
            : (_citationIndex ??= new CitationIndex(Syntax, Citations)).Of(quotation);

    public static SemanticModel Build(SyntaxTree syntax)
    {
        var statements = StatementExtractor.Extract(syntax);
        var speakerMentions = new HashSet<int>(statements
            .SelectMany(s => s.OtherSpeakers.Prepend(s.Speaker))
            .Where(s => s?.Mention is not null)
            .Select(s => s!.Mention!.Index));
        var (people, byMention) = PersonResolver.Resolve(syntax, speakerMentions);
        var resolved = statements.Select(s => ResolveSpeakers(s, syntax, byMention)).ToList();
        var claims = BuildClaims(syntax, resolved, byMention, syntax.Document.Metadata.Date?.Year);
        return new SemanticModel(syntax, resolved, people, byMention, claims);
    }

    private static Statement ResolveSpeakers(Statement statement, SyntaxTree syntax, IReadOnlyDictionary<int, Person> byMention)
    {
        if (statement.Speaker is null)
        {
            return statement;
        }
        var person = statement.Speaker.Mention is { } mention
            ? byMention.GetValueOrDefault(mention.Index)
            : statement.Speaker.Kind == SpeakerKind.Pronoun ? Antecedent(statement.Speaker, syntax, byMention) : null;
        return statement with
        {
            Speaker = statement.Speaker with { Person = person },
            OtherSpeakers = [.. statement.OtherSpeakers.Select(o => o with { Person = person })],
        };
    }

    /// <summary>The person a pronoun refers to: the nearest person named before it in the same or the previous paragraph, outside quotations.</summary>
    private static Person? Antecedent(Speaker pronoun, SyntaxTree syntax, IReadOnlyDictionary<int, Person> byMention)
    {
        var paragraph = syntax.ParagraphAt(pronoun.Span.Start)?.Index ?? 0;
        var word = syntax.Text.Substring(pronoun.Span.Start, pronoun.Span.Length).ToLowerInvariant();
        if (word is not ("he" or "she"))
        {
            return null;
        }
        for (var m = LastMentionBefore(syntax, pronoun.Span.Start); m >= 0; m--)
        {
            var mention = syntax.Mentions[m];
            var mentionParagraph = syntax.Sentences[mention.Sentence].Paragraph;
            if (mentionParagraph < paragraph - 1)
            {
                break;
            }
            if (byMention.TryGetValue(mention.Index, out var person) && person.IsConfirmed && !InsideQuotation(syntax, mention))
            {
                return person;
            }
        }
        return null;
    }

    private static int LastMentionBefore(SyntaxTree syntax, int offset)
    {
        int lo = 0, hi = syntax.Mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (syntax.Mentions[mid].Span.Start < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static bool InsideQuotation(SyntaxTree syntax, Mention mention) =>
        syntax.IsInsideQuotedContent(mention.Span);

    private static List<RoleClaim> BuildClaims(SyntaxTree syntax, IReadOnlyList<Statement> statements, IReadOnlyDictionary<int, Person> byMention, int? articleYear)
    {
        var anchors = new TimeAnchors(syntax, articleYear);
        var claims = new List<RoleClaim>();
        foreach (var mention in syntax.Mentions)
        {
            if (!byMention.TryGetValue(mention.Index, out var person))
            {
                continue;
            }
            foreach (var title in mention.Titles)
            {
                claims.Add(new RoleClaim(person, mention, title, anchors.For(mention, title)));
            }
        }
        // A title with no name that introduces a person's quotation claims that title for the person.
        foreach (var statement in statements)
        {
            foreach (var other in statement.OtherSpeakers)
            {
                if (other.Person is null || other.Mention is not { Kind: MentionKind.RoleOnly } role)
                {
                    continue;
                }
                foreach (var title in role.Titles)
                {
                    claims.Add(new RoleClaim(other.Person, role, title, anchors.For(role, title)));
                }
            }
        }
        return RoleConsistency.CarryJurisdictions(claims, JurisdictionLexicon.Default);
    }
}
