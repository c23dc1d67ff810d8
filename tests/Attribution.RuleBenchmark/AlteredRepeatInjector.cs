using Attribution.Semantics;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Repeats an annotated direct quotation of ten words or more in a new paragraph after a later one, under the same
/// speaker, with one inner word changed to another word of the article, one word added or one dropped:
/// <c>“…,” Same Name said.</c> The speaker is named as the article resolves it (its fullest name), or by the
/// annotated source when that is a name. Caught by a finding on the new paragraph or one related to it.
/// </summary>
public static class AlteredRepeatInjector
{
    private const int MinimumWords = 10;

    public static Injection? Inject(Article article, SemanticModel clean, Random random)
    {
        var text = article.Text;
        var paragraphs = TextParts.Paragraphs(text);
        var candidates = new List<(string[] Words, string Speaker, int Paragraph)>();
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Content.Count != 1 || attribution.Source.Count != 1)
            {
                continue;
            }
            var content = attribution.Content[0];
            var inner = TextParts.WholeQuotation(text, content);
            var words = inner?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var paragraph = TextParts.ParagraphIndexOf(paragraphs, content.Start);
            if (words is null || words.Length < MinimumWords || inner!.Contains('…') || inner.Contains("..", StringComparison.Ordinal) || inner.Contains(". .", StringComparison.Ordinal) || paragraph < 0)
            {
                continue;
            }
            var speaker = clean.Statements.FirstOrDefault(s => s.Quotations.Count > 0 && TextParts.Overlaps(s.ContentCover, content))?.Speaker;
            var source = text.Substring(attribution.Source[0].Start, attribution.Source[0].Length);
            var name = speaker?.Person?.Name is { Length: > 0 } resolved ? resolved
                : source.Length > 0 && char.IsUpper(source[0]) && source.Contains(' ') ? source : null;
            if (name is not null)
            {
                candidates.Add((words, name, paragraph));
            }
        }
        var vocabulary = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w.All(char.IsLower))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0 || vocabulary.Count == 0)
        {
            return null;
        }
        var (quoted, who, after) = candidates[random.Next(candidates.Count)];
        var altered = quoted.ToList();
        // An inner word: a change at an end would leave a fragment.
        var places = Enumerable.Range(1, altered.Count - 2).Where(i => altered[i].Any(char.IsLetter)).ToList();
        if (places.Count == 0)
        {
            return null;
        }
        var at = places[random.Next(places.Count)];
        var other = vocabulary[random.Next(vocabulary.Count)];
        string how;
        switch (random.Next(3))
        {
            case 0 when !string.Equals(altered[at], other, StringComparison.OrdinalIgnoreCase):
                how = $"'{altered[at]}' changed to '{other}'";
                altered[at] = other;
                break;
            case 1:
                how = $"'{other}' added";
                altered.Insert(at, other);
                break;
            default:
                how = $"'{altered[at]}' dropped";
                altered.RemoveAt(at);
                break;
        }
        var end = paragraphs[random.Next(after + 1 == paragraphs.Count ? after : after + 1, paragraphs.Count)].End;
        var paragraphText = $"“{string.Join(' ', altered).TrimEnd('.', ',', ' ')},” {who} said.";
        var injection = Injection.Replace(InjectionKind.AlteredRepeat, text, new TextSpan(end, end), "\n\n" + paragraphText, $"repeated under '{who}' with {how}");
        return injection with { Span = new TextSpan(end + 2, end + 2 + paragraphText.Length), Target = new TextSpan(end + 2, end + 2 + paragraphText.Length) };
    }
}
