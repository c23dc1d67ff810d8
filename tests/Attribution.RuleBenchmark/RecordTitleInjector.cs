using Attribution.Lexicon;
using Attribution.Records;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Swaps a federal title for another federal title that only the public records contradict ("Sen. Chuck Schumer"
/// becomes "Rep. Chuck Schumer" in an article of 2016, when the records have him in the Senate). A mention is
/// suitable when:
/// <list type="bullet">
/// <item>the article has a date, its title is plain (RoleInjector's sense) and in the writer's words (not inside a
/// quotation), and neither its sentence nor the
/// sentences before it in its paragraph name another year;</item>
/// <item>the person is named in full and every full name finds the same one record, and the article gives them
/// only federal titles of the United States;</item>
/// <item>on the article's date the records have the person in a dated office, and not in the new one (for a
/// leadership post: from the person's first listed post on, as the records list posts);</item>
/// <item>and the text does not contradict the new title: no other title of the person, for the same time, is the
/// original office or one the new office excludes, and nobody else in the article holds the new office when it
/// has one holder.</item>
/// </list>
/// One suitable mention and its swap are drawn with the article's random source.
/// </summary>
public static class RecordTitleInjector
{
    /// <summary>The swaps, by the original office: the new office and how it is written for a long and a short original.</summary>
    private static readonly Dictionary<string, (string Office, string Long, string Short)> Swaps = new(StringComparer.Ordinal)
    {
        ["president"] = ("vice-president", "Vice President", "Vice President"),
        ["vice-president"] = ("president", "President", "President"),
        ["senator"] = ("representative", "Representative", "Rep."),
        ["representative"] = ("senator", "Senator", "Sen."),
        ["speaker"] = ("majority-leader", "Senate Majority Leader", "Senate Majority Leader"),
        ["majority-leader"] = ("speaker", "Speaker", "Speaker"),
        ["minority-leader"] = ("speaker", "Speaker", "Speaker"),
    };

    public static Injection? Inject(SemanticModel model, OfficeLexicon offices, PublicRecords records, Random random)
    {
        if (model.Document.Metadata.Date is not { } date || date > records.SnapshotEnd)
        {
            return null;
        }
        var text = model.Document.Text;
        var candidates = new List<(RoleClaim Claim, string Replacement, string Detail)>();
        foreach (var claim in model.RoleClaims)
        {
            if (!Swaps.TryGetValue(claim.Office, out var swap) || !RoleInjector.IsPlain(claim) || RoleInjector.NamesOtherYear(model, claim, date.Year)
                || model.Syntax.IsInsideQuotedContent(claim.Mention.Span)
                || claim.Time.Kind != TimeAnchorKind.Present && claim.Time != TimeAnchor.InYear(date.Year)
                || Record(model, claim.Person, records) is not { } record)
            {
                continue;
            }
            var newOffice = offices.FindById(swap.Office)!;
            if (!record.OfficeSpans.Any(s => s.Covers(date, date)) || Holds(record, swap.Office, swap.Long, date)
                || IsPost(swap.Office) && (!record.LeadershipKnown || record.PostSpans.Count == 0 || record.PostSpans.Min(s => s.Start) > date))
            {
                continue;
            }
            var others = model.RoleClaims.Where(o => o.Person == claim.Person && o.Mention != claim.Mention && o.Time.Kind is TimeAnchorKind.Present or TimeAnchorKind.Year);
            if (others.Any(o => o.Office == claim.Office || offices.Excludes(newOffice, o.Title.Office))
                || newOffice.SingleHolder && model.RoleClaims.Any(o => o.Person != claim.Person && o.Office == newOffice.Id))
            {
                continue;
            }
            var written = text.Substring(claim.Title.FormSpan.Start, claim.Title.FormSpan.Length);
            var form = written.EndsWith('.') ? swap.Short : swap.Long;
            var replacement = char.IsLower(written[0]) ? form.ToLowerInvariant() : form;
            candidates.Add((claim, replacement, $"{claim.Office} → {swap.Office} ({record.Name} on {date:yyyy-MM-dd})"));
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var (chosen, newText, detail) = candidates[random.Next(candidates.Count)];
        return Injection.Replace(InjectionKind.RecordTitle, text, chosen.Title.FormSpan, newText, detail);
    }

    /// <summary>The one record every full name of the person finds, when the article gives them only federal titles of the United States.</summary>
    private static RecordPerson? Record(SemanticModel model, Person person, PublicRecords records)
    {
        var claims = model.RoleClaims.Where(c => c.Person == person).ToList();
        if (claims.Any(c => !Swaps.ContainsKey(c.Office) && c.Office != "whip"
            || (c.Country ?? model.Jurisdictions.CountryOf(c.Jurisdiction)) is { } country && country != "United States"))
        {
            return null;
        }
        var found = person.SurnameMentions.Where(m => m.NameWords.Count >= 2).Select(m => records.Named(m.NameWords, m.Suffix)).ToList();
        return found.Count > 0 && found.All(f => f.Count == 1 && f[0] == found[0][0]) ? found[0][0] : null;
    }

    private static bool IsPost(string office) => office is "speaker" or "majority-leader" or "minority-leader";

    /// <summary>True when the records have the person in the new office (or post, in the chamber its words name) on the date.</summary>
    private static bool Holds(RecordPerson record, string office, string form, DateOnly date) => office switch
    {
        "president" => record.OfficeSpans.Any(s => s.Office == RecordOffice.President && s.Overlaps(date, date)),
        "vice-president" => record.OfficeSpans.Any(s => s.Office == RecordOffice.VicePresident && s.Overlaps(date, date)),
        "senator" => record.OfficeSpans.Any(s => s.Office == RecordOffice.Senator && s.Overlaps(date, date)),
        "representative" => record.OfficeSpans.Any(s => s.Office == RecordOffice.Representative && s.Overlaps(date, date)),
        "speaker" => record.PostSpans.Any(s => s.Post == LeadershipPost.Speaker && s.Overlaps(date, date)),
        _ => record.PostSpans.Any(s => s.Post == LeadershipPost.MajorityLeader && (!form.StartsWith("Senate", StringComparison.Ordinal) || s.Chamber == Chamber.Senate) && s.Overlaps(date, date)),
    };
}
