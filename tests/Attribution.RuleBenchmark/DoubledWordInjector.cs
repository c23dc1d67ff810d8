using System.Text.RegularExpressions;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Doubles one word of an annotated source of two words or more ("the White House spokesman said" → "the
/// White White House spokesman said"). The sources are the corpus's own annotations, so the place does not
/// depend on what the checker reads. Articles and a few function words are never the doubled word: "the the"
/// is a typo of another kind.
/// </summary>
public static partial class DoubledWordInjector
{
    private static readonly string[] FunctionWords = ["the", "a", "an", "of", "and", "for", "in", "on", "to", "at", "who", "that", "its", "his", "her", "their"];

    [GeneratedRegex(@"\p{L}[\p{L}.'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public static Injection? Inject(Article article, Random random)
    {
        var text = article.Text;
        var candidates = new List<TextSpan>();
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Source.Count != 1 || attribution.Cue.Count == 0)
            {
                continue;
            }
            var source = attribution.Source[0];
            var words = Words().Matches(text.Substring(source.Start, source.Length));
            if (words.Count < 2 || text.AsSpan(source.Start, source.Length).Contains('\n'))
            {
                continue;
            }
            candidates.AddRange(words
                .Where(w => w.Length >= 2 && !FunctionWords.Contains(w.Value, StringComparer.OrdinalIgnoreCase))
                .Select(w => new TextSpan(source.Start + w.Index, source.Start + w.Index + w.Length)));
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var word = candidates[random.Next(candidates.Count)];
        var written = text.Substring(word.Start, word.Length);
        var injection = Injection.Replace(InjectionKind.DoubledWord, text, new TextSpan(word.End, word.End), " " + written, $"'{written}' doubled");
        // The injected span is the new copy of the word, without the space before it.
        return injection with { Span = new TextSpan(word.End + 1, word.End + 1 + written.Length), Target = new TextSpan(word.End + 1, word.End + 1 + written.Length) };
    }
}
