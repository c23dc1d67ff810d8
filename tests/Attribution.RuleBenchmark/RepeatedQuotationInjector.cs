using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Repeats an annotated direct quotation of six words or more in a new paragraph under the name of another
/// annotated source of the article (a capitalised name of two to four words that shares no word with the
/// quotation's own source): <c>“…,” Other Name said.</c>, placed after a later paragraph. Caught by a finding
/// on the new paragraph or one related to it.
/// </summary>
public static class RepeatedQuotationInjector
{
    private const int MinimumWords = 6;

    public static Injection? Inject(Article article, Random random)
    {
        var text = article.Text;
        var paragraphs = TextParts.Paragraphs(text);
        var names = article.Attributions.SelectMany(a => a.Source)
            .Select(s => text.Substring(s.Start, s.Length))
            .Where(IsName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var quotations = new List<(string Words, string Source, int Paragraph)>();
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Content.Count != 1 || attribution.Source.Count != 1)
            {
                continue;
            }
            var content = attribution.Content[0];
            var inner = Inner(text, content);
            if (inner is null || inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
            {
                continue;
            }
            var source = text.Substring(attribution.Source[0].Start, attribution.Source[0].Length);
            var paragraph = TextParts.ParagraphIndexOf(paragraphs, content.Start);
            if (paragraph >= 0)
            {
                quotations.Add((inner, source, paragraph));
            }
        }
        var candidates = quotations
            .SelectMany(q => names.Where(n => !SharesWord(n, q.Source)).Select(n => (q.Words, Name: n, q.Paragraph)))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var (words, name, after) = candidates[random.Next(candidates.Count)];
        var at = paragraphs[random.Next(after, paragraphs.Count)].End;
        var paragraphText = $"“{words.TrimEnd('.', ',', ' ')},” {name} said.";
        var injection = Injection.Replace(InjectionKind.RepeatedQuotation, text, new TextSpan(at, at), "\n\n" + paragraphText, $"repeated under '{name}'");
        return injection with { Span = new TextSpan(at + 2, at + 2 + paragraphText.Length), Target = new TextSpan(at + 2, at + 2 + paragraphText.Length) };
    }

    /// <summary>The words of a content that is one whole quotation, without its marks; null for any other content.</summary>
    private static string? Inner(string text, TextSpan content) =>
        TextParts.QuotationInner(text, content) is { } inner ? text.Substring(inner.Start, inner.Length) : null;

    internal static bool IsName(string source)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '.' or '-' or '\''));
    }

    internal static bool SharesWord(string a, string b) =>
        a.Split(' ').Intersect(b.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).Any();
}
