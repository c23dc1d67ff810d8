using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Swaps one titled mention's office for one the lexicon says excludes it ("President Barack Obama" becomes
/// "Prime Minister Barack Obama"), leaving its jurisdiction words alone. The injection must contradict the text,
/// not only the world, so a mention is suitable when:
/// <list type="bullet">
/// <item>its title is plain: no former, then-, -elect…, not plural, not misspelt, not a rank;</item>
/// <item>neither its sentence nor the sentences before it in its paragraph name a year other than the article's,
/// or "last year" (the claims compared are for the same time);</item>
/// <item>it is not a surname alone that two people of the article share (it could be either of them);</item>
/// <item>and the new office, one the original excludes, is contradicted elsewhere: the same person is given the
/// original office again, or an office the new one excludes too, in another plain title (ATTR001's case); or
/// the new office has a single holder and another person holds it for the jurisdiction the mention's own
/// words name (ATTR002's case).</item>
/// </list>
/// One suitable mention and one new office are drawn with the article's random source.
/// </summary>
public static partial class RoleInjector
{
    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\blast year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LastYear();

    public static Injection? Inject(SemanticModel model, OfficeLexicon offices, Random random)
    {
        var text = model.Document.Text;
        var articleYear = model.Document.Metadata.Date?.Year;
        var candidates = new List<(RoleClaim Claim, List<Office> Partners)>();
        // A surname alone that two people of the article share could be either of them (Bill and Hillary Clinton).
        var sharedSurnames = model.People.Where(p => p.Surname.Length > 0).GroupBy(p => p.Surname, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in model.RoleClaims)
        {
            if (!IsPlain(claim) || NamesOtherYear(model, claim, articleYear) || claim.Mention.NameWords.Count == 1 && sharedSurnames.Contains(claim.Mention.Surname!))
            {
                continue;
            }
            var evidence = model.RoleClaims.Where(other => other.Person == claim.Person && other.Mention != claim.Mention
                && IsPlain(other) && !NamesOtherYear(model, other, articleYear)).ToList();
            var partners = offices.ExcludedBy(claim.Title.Office)
                .Where(partner => evidence.Any(other => other.Office == claim.Office || offices.Excludes(partner, other.Title.Office) && !offices.Combines(partner, other.Title.Office))
                    || HeldByAnother(model, claim, partner, articleYear))
                .ToList();
            if (partners.Count > 0)
            {
                candidates.Add((claim, partners));
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var (chosen, choices) = candidates[random.Next(candidates.Count)];
        var partner = choices[random.Next(choices.Count)];
        var written = text.Substring(chosen.Title.FormSpan.Start, chosen.Title.FormSpan.Length);
        var replacement = FormLike(partner, written);
        return Injection.Replace(InjectionKind.Role, text, chosen.Title.FormSpan, replacement, $"{chosen.Office} → {partner.Id}");
    }

    /// <summary>
    /// Another person holds <paramref name="partner"/>, a single-holder office, for the jurisdiction the
    /// claim's own words name (Republican presidential nominee Donald Trump, when Mike Pence is made the
    /// Republican presidential nominee).
    /// </summary>
    private static bool HeldByAnother(SemanticModel model, RoleClaim claim, Office partner, int? articleYear)
    {
        var named = partner.Level == OfficeLevel.Party ? claim.Title.Party ?? claim.Title.Jurisdiction : claim.Title.Jurisdiction;
        return partner.SingleHolder && named is not null && model.RoleClaims.Any(other => other.Person != claim.Person && other.Office == partner.Id
            && other.Jurisdiction == named && IsPlain(other) && !NamesOtherYear(model, other, articleYear));
    }

    internal static bool IsPlain(RoleClaim claim) =>
        claim.Mention.Kind == MentionKind.Name && !claim.Title.IsNearForm && !claim.Title.Plural && !claim.Title.Office.IsRank
        && (claim.Title.Modifiers & ~(RoleModifiers.Acting | RoleModifiers.Interim)) == RoleModifiers.None && claim.Title.FormSpan.Length > 0;

    /// <summary>The claim's sentence, or an earlier sentence of its paragraph, names a year (or decade) other than the article's.</summary>
    internal static bool NamesOtherYear(SemanticModel model, RoleClaim claim, int? articleYear)
    {
        var sentence = model.Syntax.Sentences[claim.Mention.Sentence];
        var paragraph = model.Syntax.Paragraphs[sentence.Paragraph];
        var span = new Attribution.Text.TextSpan(model.Syntax.Sentences[paragraph.FirstSentence].Span.Start, sentence.Span.End);
        var text = model.Document.Text.Substring(span.Start, span.Length);
        return LastYear().IsMatch(text) || Year().Matches(text)
            .Any(m => articleYear is null || m.Value.EndsWith('s') || int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) != articleYear);
    }

    /// <summary>The partner office written the way the original was: abbreviated for an abbreviation, lower case for lower case.</summary>
    private static string FormLike(Office office, string written)
    {
        var abbreviated = written.EndsWith('.');
        var form = abbreviated ? office.Forms.FirstOrDefault(f => f.EndsWith('.') && !f.EndsWith("s.", StringComparison.Ordinal)) ?? office.Forms[0] : office.Forms[0];
        return char.IsLower(written[0]) ? form.ToLowerInvariant() : char.ToUpperInvariant(form[0]) + form[1..];
    }
}
