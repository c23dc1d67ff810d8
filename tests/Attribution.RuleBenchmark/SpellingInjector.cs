using System.Text.RegularExpressions;
using Attribution.Semantics;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Misspells one mention of a surname: a person (named in full, or with a title, a courtesy title or as a
/// speaker) mentioned at least three times whose surname (four letters or more, not a word the article also
/// writes in lower case) the article always spells the same way has one of those mentions changed by
/// one edit at an inner letter (dropped, doubled, swapped with its neighbour or replaced) (never the first or the last). The new spelling is not a
/// word of the article.
/// </summary>
public static partial class SpellingInjector
{
    public const int MinimumMentions = 3;

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public static Injection? Inject(SemanticModel model, Random random)
    {
        var text = model.Document.Text;
        var candidates = new List<(Person Person, string Surname, List<TextSpan> Spans)>();
        foreach (var person in model.People)
        {
            var spellings = person.SurnameSpellings.ToList();
            if (spellings.Count != 1)
            {
                continue;
            }
            var surname = spellings[0].Key;
            var spans = spellings[0].Select(m => m.SurnameSpan).Where(s => s.Length == surname.Length && text.Substring(s.Start, s.Length) == surname).Distinct().ToList();
            var isPerson = person.IsConfirmed || person.Mentions.Any(m => m.NameWords.Count >= 2);
            if (isPerson && surname.Length >= 4 && surname.All(char.IsLetter) && spans.Count >= MinimumMentions && !IsCommonWord(text, surname))
            {
                candidates.Add((person, surname, spans));
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var articleWords = new HashSet<string>(Words().Matches(text).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);
        var (chosen, spelling, mentions) = candidates[random.Next(candidates.Count)];
        var span = mentions[random.Next(mentions.Count)];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var misspelt = TextParts.Misspell(spelling, random, out var how);
            if (misspelt != spelling && !articleWords.Contains(misspelt))
            {
                return Injection.Replace(InjectionKind.Spelling, text, span, misspelt, $"{chosen.Name}: {how}");
            }
        }
        return null;
    }

    /// <summary>A word the article also writes in lower case (an organisation's "Partners", "Climate"): not a person's name.</summary>
    private static bool IsCommonWord(string text, string word)
    {
        var lower = Regex.Matches(text, $@"\b{Regex.Escape(word.ToLowerInvariant())}\b").Count;
        var capitalised = Regex.Matches(text, $@"\b{Regex.Escape(word)}\b").Count;
        return lower > 0 && lower * 2 >= capitalised;
    }
}
