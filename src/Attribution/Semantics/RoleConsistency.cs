using Attribution.Lexicon;

namespace Attribution.Semantics;

/// <summary>One person given two roles that exclude each other at the same time.</summary>
public sealed record RoleConflict(RoleClaim Claim, RoleClaim Contradicted, IReadOnlyList<RoleClaim> OtherHolders);

/// <summary>Two people given the same single-holder office at the same time.</summary>
public sealed record SharedOffice(RoleClaim Claim, RoleClaim OtherHolder);

/// <summary>
/// Compares role claims: a person's claims with each other (ATTR001) and each single-holder office's holders
/// (ATTR002). Only claims whose times certainly overlap can conflict, and only claims the lexicon says
/// exclude each other:
/// <list type="bullet">
/// <item>two offices in [excludes] held in one country: both titles name it (or their person's other titles
/// carry it to them), or neither title names any country at all, as when one article calls a man
/// "President Obama" and "Prime Minister Obama";</item>
/// <item>one office held for one jurisdiction at a time, given for two jurisdictions neither of which
/// contains the other (a senator of Texas and of Florida; not a U.S. senator and a senator of Texas);</item>
/// <item>a single-holder office given to two people for the same named jurisdiction.</item>
/// </list>
/// A person's conflict is told once, at the claim in the minority (the one the rest of the text contradicts);
/// another person who holds that office then is shown with it, not reported again as a shared office.
/// The work is per person and per office, never over all pairs of claims.
/// </summary>
public static class RoleConsistency
{
    /// <summary>Completes claims whose titles name no jurisdiction from the person's other titles, where that is safe.</summary>
    public static List<RoleClaim> CarryJurisdictions(IEnumerable<RoleClaim> claims, JurisdictionLexicon jurisdictions)
    {
        var result = new List<RoleClaim>();
        foreach (var byPerson in claims.GroupBy(c => c.Person))
        {
            var personClaims = byPerson.ToList();
            // Where the person's titles of one office name one jurisdiction, the office's other titles are for it too.
            var namedByOffice = personClaims.Where(c => c.Title.Jurisdiction is not null)
                .GroupBy(c => c.Office)
                .ToDictionary(g => g.Key, g => g.Select(c => c.Title.Jurisdiction!).Distinct().ToList());
            // Where all of the person's titles that name a country name the same one, an unqualified title is for it too.
            var countries = personClaims.Where(c => !c.Title.Office.IsRank && jurisdictions.CountryOf(c.Title.Jurisdiction) is not null)
                .Select(c => jurisdictions.CountryOf(c.Title.Jurisdiction)!).Distinct().ToList();
            foreach (var claim in personClaims)
            {
                var jurisdiction = claim.Title.Jurisdiction;
                if (jurisdiction is null && namedByOffice.TryGetValue(claim.Office, out var named) && named.Count == 1)
                {
                    jurisdiction = named[0];
                }
                string? country;
                if (jurisdiction is null)
                {
                    country = countries.Count == 1 ? countries[0] : null;
                }
                else
                {
                    // An organisation (chairman of the Oversight Committee) is a place of its own.
                    country = jurisdictions.CountryOf(jurisdiction) ?? "@" + jurisdiction;
                }
                result.Add(claim with { Jurisdiction = jurisdiction, Country = country });
            }
        }
        result.Sort((a, b) => a.Title.Span.CompareTo(b.Title.Span));
        return result;
    }

    public static (IReadOnlyList<RoleConflict> Conflicts, IReadOnlyList<SharedOffice> Shared) Analyze(
        IReadOnlyList<RoleClaim> claims, OfficeLexicon offices, JurisdictionLexicon jurisdictions, int? articleYear)
    {
        var conflicts = new List<RoleConflict>();
        var explained = new HashSet<RoleClaim>();
        var byOfficeAndJurisdiction = claims
            .Where(c => c.Title.Office.SingleHolder && c.Jurisdiction is not null)
            .GroupBy(c => (c.Office, c.Jurisdiction))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var byPerson in claims.Where(c => !c.Title.Office.IsRank).GroupBy(c => c.Person))
        {
            var byOffice = byPerson.GroupBy(c => c.Office).ToList();
            var reported = new HashSet<(string, string)>();
            foreach (var first in byOffice)
            {
                foreach (var second in byOffice)
                {
                    if (string.CompareOrdinal(first.Key, second.Key) > 0 || reported.Contains((first.Key, second.Key)))
                    {
                        continue;
                    }
                    var pair = FindConflict(first.ToList(), second.ToList(), offices, jurisdictions, articleYear);
                    if (pair is not { } found)
                    {
                        continue;
                    }
                    reported.Add((first.Key, second.Key));
                    var (a, b) = found;
                    var personClaims = byPerson.ToList();
                    var countA = personClaims.Count(c => Agrees(c, a, b));
                    var countB = personClaims.Count(c => Agrees(c, b, a));
                    // With no majority, the later claim is the one that contradicts what the text first said.
                    var (minority, majority) = countA < countB || countA == countB && a.Mention.Span.Start > b.Mention.Span.Start ? (a, b) : (b, a);
                    var otherHolders = minority.Title.Office.SingleHolder && minority.Jurisdiction is not null
                        ? byOfficeAndJurisdiction[(minority.Office, minority.Jurisdiction)]
                            .Where(c => c.Person != minority.Person && c.Time.Overlaps(minority.Time, articleYear))
                            .GroupBy(c => c.Person).Select(g => g.First()).ToList()
                        : [];
                    conflicts.Add(new RoleConflict(minority, majority, otherHolders));
                    explained.Add(minority);
                    explained.UnionWith(otherHolders);
                }
            }
        }

        var shared = new List<SharedOffice>();
        foreach (var list in byOfficeAndJurisdiction.Values)
        {
            list.Sort((a, b) => a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
            var reportedPairs = new HashSet<(int, int)>();
            // One claim per person and time: the people holding the office are few, whatever the length of the text.
            var holders = list.GroupBy(c => (c.Person, c.Time)).Select(g => g.First()).ToList();
            for (var i = 0; i < holders.Count; i++)
            {
                for (var j = i + 1; j < holders.Count; j++)
                {
                    var (first, later) = (holders[i], holders[j]);
                    if (first.Person == later.Person || !first.Time.Overlaps(later.Time, articleYear)
                        || explained.Contains(first) || explained.Contains(later)
                        || !reportedPairs.Add((Math.Min(first.Person.Id, later.Person.Id), Math.Max(first.Person.Id, later.Person.Id))))
                    {
                        continue;
                    }
                    shared.Add(new SharedOffice(later, first));
                }
            }
        }
        shared.Sort((a, b) => a.Claim.Mention.Span.Start.CompareTo(b.Claim.Mention.Span.Start));
        return (conflicts, shared);
    }

    /// <summary>The first two claims, one of each office, that cannot both hold at one time.</summary>
    private static (RoleClaim, RoleClaim)? FindConflict(List<RoleClaim> first, List<RoleClaim> second, OfficeLexicon offices, JurisdictionLexicon jurisdictions, int? articleYear)
    {
        var officeA = first[0].Title.Office;
        var officeB = second[0].Title.Office;
        if (!offices.Excludes(officeA, officeB) || offices.Combines(officeA, officeB))
        {
            return null;
        }
        // Claims that say the same thing are compared once: the work is per distinct claim, not per mention.
        foreach (var a in Distinct(first))
        {
            foreach (var b in Distinct(second))
            {
                if (a != b && a.Time.Overlaps(b.Time, articleYear) && Incompatible(a, b, jurisdictions))
                {
                    return (a, b);
                }
            }
        }
        return null;
    }

    private static IEnumerable<RoleClaim> Distinct(List<RoleClaim> claims) =>
        claims.GroupBy(c => (c.Jurisdiction, c.Country, Stated: c.Title.Jurisdiction is not null, c.Time)).Select(g => g.First());

    /// <summary>True when <paramref name="claim"/> says what <paramref name="side"/> says, against <paramref name="other"/>.</summary>
    private static bool Agrees(RoleClaim claim, RoleClaim side, RoleClaim other) =>
        side.Office != other.Office ? claim.Office == side.Office : claim.Office == side.Office && claim.Jurisdiction == side.Jurisdiction;

    private static bool Incompatible(RoleClaim a, RoleClaim b, JurisdictionLexicon jurisdictions)
    {
        if (a.Office == b.Office)
        {
            // One office, held for one jurisdiction at a time: two jurisdictions, neither within the other.
            return a.Jurisdiction is not null && b.Jurisdiction is not null
                && !jurisdictions.Contains(a.Jurisdiction, b.Jurisdiction) && !jurisdictions.Contains(b.Jurisdiction, a.Jurisdiction);
        }
        // Two offices that exclude each other in one country: the same country, or no country named at all.
        return a.Country == b.Country && (a.Country is not null || a.Title.Jurisdiction is null && b.Title.Jurisdiction is null);
    }
}
