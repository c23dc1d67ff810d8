using System.Globalization;
using Attribution.Lexicon;
using Attribution.Registry;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Roles;

/// <summary>
/// A role claim that the user's roles registry contradicts for the time the claim speaks of: the registry gives
/// the person that office only at other times, gives them an office that excludes it for the whole time, or gives
/// the single-holder office to someone else for the whole time. Without a registry the rule does nothing.
/// </summary>
public sealed class ATTR007RegistryContradiction : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR007",
        "Role contradicts the roles registry",
        "{0} was not {1} {2}: the registry has {3} ({4})",
        "Roles",
        DiagnosticSeverity.Warning);

    /// <summary>Titles that do not claim the office itself: an acting or interim holder, or one not yet in office.</summary>
    private const RoleModifiers NotTheOffice = RoleModifiers.Acting | RoleModifiers.Interim | RoleModifiers.Elect;

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        if (context.Options.Registry is not { } registry)
        {
            return;
        }
        var articleDate = context.Document.Metadata.Date;
        var reported = new HashSet<TextSpan>();
        foreach (var claim in context.Model.RoleClaims)
        {
            if (claim.Jurisdiction is not { } jurisdiction
                || (claim.Title.Modifiers & NotTheOffice) != 0
                || ClaimTime.Of(claim.Time, articleDate) is not { } time)
            {
                continue;
            }
            var match = registry.Match(claim.Person.Name);
            if (match.Kind == RegistryMatchKind.Unclear
                || FindEvidence(registry, claim.Title.Office, jurisdiction, match.Person, time, context.Model.Offices) is not { } evidence
                || !reported.Add(claim.Title.Span))
            {
                continue;
            }
            context.Report(
                claim.Mention.Span,
                [match.Person?.Name ?? claim.Person.Name, RoleText.Describe(claim), time.Text, evidence.Describe(), evidence.Where(registry.Source)]);
        }
    }

    /// <summary>What in the registry contradicts the claim, or null when nothing certainly does.</summary>
    private static Evidence? FindEvidence(RolesRegistry registry, Office office, string jurisdiction, RegistryPerson? person, ClaimTime time, OfficeLexicon offices)
    {
        if (person is not null)
        {
            // The person's terms in an office are taken as complete: none at that time means they did not hold it.
            var own = person.Terms.Where(t => t.IsFor(office, jurisdiction)).ToList();
            if (own.Any(t => t.Overlaps(time.Start, time.End)))
            {
                return null;
            }
            if (own.Count > 0)
            {
                return new Evidence([.. own.Select(t => (person, t))], Own: true);
            }
            var excluding = person.Terms
                .Where(t => t.Jurisdiction == jurisdiction && offices.Excludes(t.Office, office))
                .Select(t => (person, t));
            if (Covering(excluding, time) is { } held)
            {
                return new Evidence(held, Own: true);
            }
        }
        if (!office.SingleHolder)
        {
            return null;
        }
        var others = registry.Holders(office, jurisdiction).Where(h => h.Person != person);
        return Covering(others, time) is { } holders ? new Evidence(holders, Own: false) : null;
    }

    /// <summary>The terms that together certainly cover every day of the time, or null when some day may be left uncovered.</summary>
    private static List<(RegistryPerson Person, RegistryTerm Term)>? Covering(IEnumerable<(RegistryPerson Person, RegistryTerm Term)> terms, ClaimTime time)
    {
        var candidates = terms
            .Where(h => h.Term.Certain.Start <= h.Term.Certain.End && h.Term.Certain.Start <= time.End && h.Term.Certain.End >= time.Start)
            .OrderBy(h => h.Term.Certain.Start)
            .ToList();
        var used = new List<(RegistryPerson, RegistryTerm)>();
        var cursor = time.Start;
        foreach (var (person, term) in candidates)
        {
            var (start, end) = term.Certain;
            if (start > cursor)
            {
                return null;
            }
            if (end < cursor)
            {
                continue;
            }
            used.Add((person, term));
            if (end >= time.End)
            {
                return used;
            }
            cursor = end.AddDays(1);
        }
        return null;
    }

    /// <summary>The days a claim speaks of and how the message names them.</summary>
    private readonly record struct ClaimTime(DateOnly Start, DateOnly End, string Text)
    {
        /// <summary>A year for a claim dated to a year; the article's date for a claim of the present, when the article has one.</summary>
        public static ClaimTime? Of(TimeAnchor anchor, DateOnly? articleDate) => anchor.Kind switch
        {
            TimeAnchorKind.Year when anchor.Year >= 1 =>
                new ClaimTime(new DateOnly(anchor.Year, 1, 1), new DateOnly(anchor.Year, 12, 31), $"in {anchor}"),
            TimeAnchorKind.Present when articleDate is { } date =>
                new ClaimTime(date, date, $"on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
            _ => null,
        };
    }

    /// <summary>Registry terms that contradict a claim: the person's own (<paramref name="Own"/>) or other holders'.</summary>
    private sealed record Evidence(IReadOnlyList<(RegistryPerson Person, RegistryTerm Term)> Terms, bool Own)
    {
        public string Describe() => string.Join(" and ", Terms.Select(h => Own
            ? $"{h.Term.Role} {h.Term.Period}"
            : $"{h.Person.Name} as {h.Term.Role} {h.Term.Period}"));

        public string Where(string source)
        {
            var lines = Terms.Select(h => h.Term.Line).Distinct().Order().ToList();
            return lines.Count == 1 ? $"{source}, line {lines[0]}" : $"{source}, lines {string.Join(", ", lines)}";
        }
    }
}
