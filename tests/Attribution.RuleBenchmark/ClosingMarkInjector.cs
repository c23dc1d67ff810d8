using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Removes the closing mark of one quotation of three words or more. Quotations are paired in the text alone,
/// paragraph by paragraph: a curly opening mark with the next curly closing mark, straight marks in order in a
/// paragraph with an even number of them. A closing mark that ends its paragraph is kept when the next paragraph
/// opens with a quotation mark: there the mark may go by the convention for quotations over several paragraphs.
/// The error is caught by a finding anywhere from the opening mark to the end of its paragraph.
/// </summary>
public static class ClosingMarkInjector
{
    public static Injection? Inject(string text, Random random)
    {
        var paragraphs = TextParts.Paragraphs(text);
        var candidates = new List<(int Open, int Close, int Paragraph)>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var (open, close) in Pairs(text, paragraphs[p]))
            {
                var words = text.AsSpan(open + 1, close - open - 1).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var endsParagraph = text.AsSpan(close + 1, paragraphs[p].End - close - 1).Trim().IsEmpty;
                var nextOpensQuote = p + 1 < paragraphs.Count && TextParts.IsOpeningMark(text[paragraphs[p + 1].Start]);
                if (words >= 3 && !(endsParagraph && nextOpensQuote))
                {
                    candidates.Add((open, close, p));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var (o, c, paragraph) = candidates[random.Next(candidates.Count)];
        var injection = Injection.Replace(InjectionKind.ClosingMark, text, new TextSpan(c, c + 1), "", $"closing mark of the quotation at {o} removed");
        return injection with { Target = new TextSpan(o, paragraphs[paragraph].End - 1) };
    }

    private static IEnumerable<(int Open, int Close)> Pairs(string text, TextSpan paragraph)
    {
        var straight = new List<int>();
        var curlyOpen = -1;
        var curly = new List<(int, int)>();
        var curlyBroken = false;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            switch (text[i])
            {
                case '"':
                    straight.Add(i);
                    break;
                case '“':
                    curlyBroken |= curlyOpen >= 0;
                    curlyOpen = i;
                    break;
                case '”':
                    if (curlyOpen >= 0)
                    {
                        curly.Add((curlyOpen, i));
                        curlyOpen = -1;
                    }
                    else
                    {
                        curlyBroken = true;
                    }
                    break;
            }
        }
        if (!curlyBroken && curlyOpen < 0)
        {
            foreach (var pair in curly)
            {
                yield return pair;
            }
        }
        if (straight.Count % 2 == 0)
        {
            for (var i = 0; i + 1 < straight.Count; i += 2)
            {
                yield return (straight[i], straight[i + 1]);
            }
        }
    }
}
