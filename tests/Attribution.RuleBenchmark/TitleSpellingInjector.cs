using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Misspells one title that stands before a name: any one-word form of the offices lexicon of five letters or
/// more, capitalised, followed by a capitalised word ("President Barack Obama" → "Presdient Barack Obama").
/// The place is found in the text alone, wherever such a title stands, not where the checker finds a mention.
/// The misspelling is one edit at an inner letter and is no word of the article.
/// </summary>
public static partial class TitleSpellingInjector
{
    [GeneratedRegex(@"\b(\p{Lu}\p{Ll}{4,})[ ](?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordBeforeName();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public static Injection? Inject(string text, OfficeLexicon offices, Random random)
    {
        var titles = offices.Forms.Where(f => f.Length >= 5 && f.All(char.IsLetter)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = CapitalisedWordBeforeName().Matches(text)
            .Select(m => m.Groups[1])
            .Where(g => titles.Contains(g.Value))
            .Select(g => new TextSpan(g.Index, g.Index + g.Length))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var articleWords = new HashSet<string>(Words().Matches(text).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);
        var span = candidates[random.Next(candidates.Count)];
        var title = text.Substring(span.Start, span.Length);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var misspelt = TextParts.Misspell(title, random, out var how);
            if (!articleWords.Contains(misspelt) && !titles.Contains(misspelt))
            {
                return Injection.Replace(InjectionKind.TitleSpelling, text, span, misspelt, how);
            }
        }
        return null;
    }
}
