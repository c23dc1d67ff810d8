using System.Globalization;
using System.Text.RegularExpressions;
using Attribution.Records;
using Attribution.Registry;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Analyzers.Rules.Roles;

/// <summary>
/// A title of a US federal office (President, Vice President, Senator, Representative, Speaker, a party leader or
/// whip in Congress) given to a person whom the public records show, at the time the claim speaks of, in another
/// office and not in that one. Only a person the article identifies beyond doubt is checked; a gap in the records
/// is silence. The user's roles registry wins: a person it lists is left to ATTR007.
/// </summary>
public sealed partial class ATTR014PublicRecordContradiction : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR014",
        "Title contradicts the public record",
        "{0} was not {1} {2}: the public record has {3} as {4} (records of {5})",
        "Roles",
        DiagnosticSeverity.Warning);

    /// <summary>Titles that do not claim the office itself: an acting or interim holder, or one not yet in office.</summary>
    private const RoleModifiers NotTheOffice = RoleModifiers.Acting | RoleModifiers.Interim | RoleModifiers.Elect | RoleModifiers.Future;

    private const string UnitedStates = "United States";

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        if (!context.Options.UsePublicRecords || context.Model.RoleClaims.Count == 0)
        {
            return;
        }
        var questions = RecordOfficeLexicon.Default;
        var checkable = context.Model.RoleClaims.Where(c => questions.For(c.Office) is { Elsewhere: false }).ToList();
        if (checkable.Count == 0)
        {
            return;
        }
        var records = PublicRecords.Default;
        var articleDate = context.Document.Metadata.Date;
        var claimsOf = context.Model.RoleClaims.ToLookup(c => c.Person);
        foreach (var person in checkable.Select(c => c.Person).Distinct())
        {
            var claims = claimsOf[person].ToList();
            if (IsOutsideRecords(claims, questions, context)
                || context.Options.Registry?.Match(person.Name).Kind is RegistryMatchKind.Found or RegistryMatchKind.Unclear)
            {
                continue;
            }
            var timed = claims
                .Select(c => (Claim: c, Question: questions.For(c.Office), Time: ClaimTime.Of(c, articleDate, records.SnapshotEnd)))
                .Where(t => t.Question is { Elsewhere: false } && t.Time is not null && IsPlainClaim(t.Claim) && IsWritersOwn(t.Claim, context)
                    && (t.Claim.Time.Kind != TimeAnchorKind.Year || t.Claim.Time.Year == articleDate?.Year || IsFramedByYear(t.Claim, context)))
                .Select(t => (t.Claim, Question: t.Question!, Time: t.Time!.Value))
                .ToList();
            if (timed.Count == 0 || Identify(person, records) is not { } identified)
            {
                continue;
            }
            var (record, byFullName) = identified;
            var reported = new HashSet<int>();
            // A surname alone is trusted only when another title of the article agrees with the record.
            // Two titles that agree are enough: every claim has one that is not its own.
            var agreeing = byFullName
                ? []
                : timed.Where(o => Holds(record, o.Question, o.Claim.Title.Form, o.Time)).Select(o => o.Claim.Title).Distinct().Take(2).ToList();
            foreach (var (claim, question, time) in timed)
            {
                if (!byFullName && !agreeing.Any(title => title != claim.Title))
                {
                    continue;
                }
                if (Contradiction(record, question, claim.Title.Form, time) is { } evidence && reported.Add(claim.Title.Span.Start))
                {
                    context.Report(claim.Span, [claim.Person.Name, RoleText.Describe(claim), time.Text, record.Name, evidence, records.Snapshot]);
                }
            }
        }
    }

    /// <summary>
    /// The record the person is, and whether a full name says so: every full name the article gives the person must
    /// find the same one record; with no full name, the surname must be the only one of its kind in the records.
    /// </summary>
    private static (RecordPerson Record, bool ByFullName)? Identify(Person person, PublicRecords records)
    {
        RecordPerson? found = null;
        foreach (var mention in person.SurnameMentions.Where(m => m.NameWords.Count >= 2))
        {
            var named = records.Named(mention.NameWords, mention.Suffix);
            if (named.Count != 1 || (found is not null && found != named[0]))
            {
                return null;
            }
            found = named[0];
        }
        if (found is not null)
        {
            return (found, true);
        }
        var surname = PublicRecords.Words(person.Surname);
        var sharing = records.WithSurname(person.Surname).Where(r => PublicRecords.Words(r.Last).SequenceEqual(surname)).ToList();
        return sharing.Count == 1 ? (sharing[0], false) : null;
    }

    /// <summary>
    /// True when the article places the person outside the federal offices the records know: a state or local
    /// office, an office of another country, or a congressional post of a state legislature ("Texas House Speaker").
    /// </summary>
    private static bool IsOutsideRecords(IReadOnlyList<RoleClaim> claims, RecordOfficeLexicon questions, AnalysisContext context) =>
        claims.Any(c =>
            questions.For(c.Office) is { Elsewhere: true }
            || (c.Country ?? context.Model.Jurisdictions.CountryOf(c.Jurisdiction)) is { } country && country != UnitedStates
            || questions.For(c.Office) is { } question && (question.IsPost || question.Office is RecordOffice.President or RecordOffice.VicePresident)
                && c.Jurisdiction is { } jurisdiction && jurisdiction != UnitedStates && NamesJurisdictionInTitle(c.Title));

    /// <summary>
    /// The title's own words name its jurisdiction ("Texas House Speaker", "Speaker of the Texas House"), unlike a
    /// party-state tag after the name ("Speaker Nancy Pelosi (D-Calif.)"), which names the member's state.
    /// </summary>
    private static bool NamesJurisdictionInTitle(TitleMention title) =>
        title.FormSpan.Length == 0 || title.Span.Start < title.FormSpan.Start || title.Span.End > title.FormSpan.End;

    /// <summary>A claim the records can answer: a name with its title, claiming the office itself.</summary>
    private static bool IsPlainClaim(RoleClaim claim) =>
        claim.Mention.Kind == MentionKind.Name && (claim.Title.Modifiers & NotTheOffice) == 0;

    /// <summary>
    /// A title in the writer's words: inside a quotation the speaker may look back ("I will support Sen. Obama") or
    /// forward ("our potential United States senator").
    /// </summary>
    private static bool IsWritersOwn(RoleClaim claim, AnalysisContext context) => !context.Syntax.IsInsideQuotedContent(claim.Mention.Span);

    /// <summary>
    /// A claim dated to a year other than the article's is checked only when the year opens a time phrase before the
    /// title in its paragraph ("In 2010, Sen. …"): a year after the title, or inside a date of an event ("the Sept. 11,
    /// 2001, attacks"), often dates something else.
    /// </summary>
    private static bool IsFramedByYear(RoleClaim claim, AnalysisContext context)
    {
        var paragraph = context.Syntax.ParagraphAt(claim.Mention.Span.Start);
        var start = paragraph?.Span.Start ?? 0;
        var before = context.Text[start..Math.Min(claim.Title.Span.Start, claim.Mention.Span.Start)];
        return FramingYear().Matches(before).Any(m => m.Groups["year"].Value == claim.Time.Year.ToString(CultureInfo.InvariantCulture));
    }

    // "in 2010", "In March 2010", "during November 3, 2010": a preposition of time, perhaps a month and day, then the year.
    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Tt]hroughout)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?<year>\d{4})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FramingYear();

    /// <summary>True when the record shows the person in the claimed office or post on some day of the time.</summary>
    private static bool Holds(RecordPerson record, RecordQuestion question, string form, ClaimTime time) => question.IsPost
        ? record.PostSpans.Any(s => Asked(question, form, s) && s.Overlaps(time.Start, time.End))
        : record.OfficeSpans.Any(s => s.Office == question.Office && s.Overlaps(time.Start, time.End));

    /// <summary>The record's offices for the whole time, when it shows the person in other offices then and never in the claimed one.</summary>
    private static string? Contradiction(RecordPerson record, RecordQuestion question, string form, ClaimTime time)
    {
        // The records list posts from some year on, and not for every member: a post is judged only from the person's first listed one.
        if (Holds(record, question, form, time) || (question.IsPost && (!record.LeadershipKnown || record.PostSpans.Count == 0 || time.Start < record.PostSpans.Min(s => s.Start))))
        {
            return null;
        }
        // Only a dated office held through the whole time speaks; one person cannot hold two of these offices at once.
        var held = record.OfficeSpans.Where(s => s.Covers(time.Start, time.End)).ToList();
        if (held.Count == 0)
        {
            return null;
        }
        var posts = record.PostSpans.Where(s => s.Covers(time.Start, time.End));
        return string.Join(" and ", held.Concat(posts).Select(s => s.ToString()));
    }

    /// <summary>Whether a post span is one the title asks about: the chamber and the side its words name.</summary>
    private static bool Asked(RecordQuestion question, string form, RecordSpan span)
    {
        if (span.Post is not { } post || !question.Posts.Contains(post))
        {
            return false;
        }
        var chamber = form.Contains("Senate", StringComparison.OrdinalIgnoreCase) ? Chamber.Senate
            : form.Contains("House", StringComparison.OrdinalIgnoreCase) ? Chamber.House : (Chamber?)null;
        var side = form.Contains("Majority", StringComparison.OrdinalIgnoreCase) ? LeadershipPost.MajorityWhip
            : form.Contains("Minority", StringComparison.OrdinalIgnoreCase) ? LeadershipPost.MinorityWhip : (LeadershipPost?)null;
        return (chamber is null || span.Chamber == chamber)
            && (side is null || post is not (LeadershipPost.MajorityWhip or LeadershipPost.MinorityWhip) || post == side);
    }

    /// <summary>The days a claim speaks of and how the message names them.</summary>
    private readonly record struct ClaimTime(DateOnly Start, DateOnly End, string Text)
    {
        /// <summary>
        /// A year for a claim dated to a year; the article's date for a claim of the present. Null when the text does
        /// not date the claim (former, then-, -elect, several years) or the time is after the records were taken.
        /// </summary>
        public static ClaimTime? Of(RoleClaim claim, DateOnly? articleDate, DateOnly snapshotEnd)
        {
            var time = claim.Time switch
            {
                { Kind: TimeAnchorKind.Year, Year: >= 1 } anchor =>
                    new ClaimTime(new DateOnly(anchor.Year, 1, 1), new DateOnly(anchor.Year, 12, 31), $"in {anchor.Year.ToString(CultureInfo.InvariantCulture)}"),
                { Kind: TimeAnchorKind.Present } when articleDate is { } date =>
                    new ClaimTime(date, date, $"on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
                _ => (ClaimTime?)null,
            };
            return time is { } t && t.End <= snapshotEnd ? t : null;
        }
    }
}
