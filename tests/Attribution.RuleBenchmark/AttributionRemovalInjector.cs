using Attribution.Evaluation.Corpus;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Removes the attribution after a direct quotation that opens its paragraph: <c>“We will win,” Smith said on
/// Tuesday.</c> becomes <c>“We will win.”</c>. The quotation and its attribution are the corpus's annotations: the
/// annotated source and cue stand between the closing mark and the end of the sentence, and nothing else in
/// that stretch is longer than a few words, and the sentence ends the paragraph. The quotation must be left
/// credited to no one, as a reader sees it: no other annotated attribution in its paragraph, none in the
/// paragraph before (whose speaker a reader would take to go on), and that paragraph is no quotation (a turn of a
/// conversation) and does not end with a colon that introduces it.
/// </summary>
public static class AttributionRemovalInjector
{
    private const int MaxAttributionWords = 14;

    public static Injection? Inject(Article article, Random random)
    {
        var text = article.Text;
        var paragraphs = TextParts.Paragraphs(text);
        var candidates = new List<(int Open, int Close, int SentenceEnd)>();
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Content.Count == 0 || attribution.Source.Count != 1 || attribution.Cue.Count == 0)
            {
                continue;
            }
            var open = OpeningMarkAt(text, attribution.Content[0].Start);
            var paragraph = open < 0 ? -1 : TextParts.ParagraphIndexOf(paragraphs, open);
            if (paragraph < 0 || paragraphs[paragraph].Start != open)
            {
                continue;
            }
            var close = ClosingMarkAfter(text, open, paragraphs[paragraph].End);
            var source = attribution.Source[0];
            if (close < 0 || source.Start < close || attribution.Cue.Any(c => c.Start < close))
            {
                continue;
            }
            var attributionEnd = Math.Max(source.End, attribution.Cue.Max(c => c.End));
            var sentenceEnd = text.IndexOf('.', attributionEnd);
            if (sentenceEnd < 0 || sentenceEnd != paragraphs[paragraph].End - 1)
            {
                continue;
            }
            var stretch = text[(close + 1)..sentenceEnd];
            if (stretch.Any(TextParts.IsQuotationMark) || stretch.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxAttributionWords || !stretch.StartsWith(' '))
            {
                continue;
            }
            if (OthersIn(article, paragraphs[paragraph], attribution) || (paragraph > 0 && (OthersIn(article, paragraphs[paragraph - 1], attribution) || text[paragraphs[paragraph - 1].End - 1] == ':' || TextParts.IsQuotationMark(text[paragraphs[paragraph - 1].Start]))))
            {
                continue;
            }
            candidates.Add((open, close, sentenceEnd));
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var (o, c, end) = candidates[random.Next(candidates.Count)];
        // "…,” Smith said." → "….”": the comma before the closing mark becomes the full stop.
        var lastInside = text[c - 1] == ',' ? c - 1 : c;
        var replacement = (lastInside == c - 1 ? "." : "") + text[c];
        var injection = Injection.Replace(InjectionKind.RemovedAttribution, text, new TextSpan(lastInside, end + 1), replacement, $"removed '{text[(c + 1)..(end + 1)].Trim()}'");
        return injection with { Target = new TextSpan(o, lastInside + replacement.Length) };
    }

    private static int OpeningMarkAt(string text, int contentStart)
    {
        if (contentStart < text.Length && TextParts.IsOpeningMark(text[contentStart]))
        {
            return contentStart;
        }
        return contentStart > 0 && TextParts.IsOpeningMark(text[contentStart - 1]) ? contentStart - 1 : -1;
    }

    private static int ClosingMarkAfter(string text, int open, int limit)
    {
        var closing = text[open] == '“' ? '”' : '"';
        var close = text.IndexOf(closing, open + 1, limit - open - 1);
        return close;
    }

    private static bool OthersIn(Article article, TextSpan paragraph, GoldAttribution except) =>
        article.Attributions.Any(a => !ReferenceEquals(a, except) && a.Source.Concat(a.Cue).Any(s => TextParts.Overlaps(s, paragraph)));
}
