using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Changes what an annotated direct quotation says, or who says it, in a copy of the article whose cited source is
/// the clean article itself: one word of the quotation swapped for another word of the article
/// (<see cref="InjectionKind.AlteredQuotation"/>), the whole quotation replaced by words the article does not contain
/// (<see cref="InjectionKind.ReplacedQuotation"/>), or the quotation's annotated source, a name, replaced by another
/// annotated name of the article (<see cref="InjectionKind.SwappedSpeaker"/>, people's names only: the rule leaves outlets and groups alone). The quotations and names come from
/// the corpus's annotations, not from what the checker reads.
/// </summary>
public static class QuotationWordingInjector
{
    private const int MinimumWords = 5;

    /// <summary>Sentences no article of the corpora contains, for a quotation replaced outright.</summary>
    private static readonly string[] Replacements =
    [
        "the lighthouse keepers will vote on the new uniforms before the end of the month",
        "nobody on the committee has ever tasted the blueberry pie at the county fair",
        "our orchestra rehearses in the old railway depot every second Thursday",
        "the ferry schedule was printed on green paper to save the ink",
        "we planted four hundred tulips along the canal before the frost arrived",
        "my grandmother still keeps the harbour tide tables in her kitchen drawer",
    ];

    public static Injection? Inject(InjectionKind kind, Article article, Random random)
    {
        var text = article.Text;
        var quotations = article.Attributions
            .Where(a => a.Content.Count == 1 && a.Source.Count == 1)
            .Select(a => (Inner: TextParts.QuotationInner(text, a.Content[0]), Source: a.Source[0]))
            .Where(q => q.Inner is { } inner && Words(text, inner).Count >= MinimumWords)
            .Select(q => (Inner: q.Inner!.Value, q.Source))
            .ToList();
        if (quotations.Count == 0)
        {
            return null;
        }
        return kind switch
        {
            InjectionKind.AlteredQuotation => Alter(text, quotations[random.Next(quotations.Count)].Inner, random),
            InjectionKind.ReplacedQuotation => Replace(text, quotations[random.Next(quotations.Count)].Inner, random),
            InjectionKind.SwappedSpeaker => Swap(text, quotations, article, random),
            _ => null,
        };
    }

    private static Injection? Alter(string text, TextSpan inner, Random random)
    {
        var words = Words(text, inner).Where(w => w.Length >= 4).ToList();
        var inQuotation = Words(text, inner).Select(w => text.Substring(w.Start, w.Length).ToLowerInvariant()).ToHashSet();
        var others = Words(text, new TextSpan(0, text.Length))
            .Select(w => text.Substring(w.Start, w.Length))
            .Where(w => w.Length >= 4 && !inQuotation.Contains(w.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (words.Count == 0 || others.Count == 0)
        {
            return null;
        }
        var word = words[random.Next(words.Count)];
        var replacement = others[random.Next(others.Count)];
        return Injection.Replace(InjectionKind.AlteredQuotation, text, word, replacement, $"'{text.Substring(word.Start, word.Length)}' → '{replacement}'");
    }

    private static Injection Replace(string text, TextSpan inner, Random random)
    {
        var replacement = Replacements[random.Next(Replacements.Length)];
        if (char.IsUpper(text[inner.Start]))
        {
            replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }
        return Injection.Replace(InjectionKind.ReplacedQuotation, text, inner, replacement, "quotation replaced");
    }

    /// <summary>Words that open a group's or an outlet's name rather than a person's (The Washington Post, Many Democrats).</summary>
    private static readonly HashSet<string> FunctionWords = new(Attribution.Lexicon.LexiconResource.ReadLines("english-function-words.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>A name of two to four capitalised words that does not open with a function word: most likely a person's.</summary>
    private static bool IsPersonName(string source) =>
        RepeatedQuotationInjector.IsName(source) && !FunctionWords.Contains(source.Split(' ')[0]);

    private static Injection? Swap(string text, List<(TextSpan Inner, TextSpan Source)> quotations, Article article, Random random)
    {
        var names = article.Attributions.SelectMany(a => a.Source)
            .Select(s => text.Substring(s.Start, s.Length))
            .Where(IsPersonName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var candidates = quotations
            .Where(q => IsPersonName(text.Substring(q.Source.Start, q.Source.Length)))
            .SelectMany(q => names.Where(n => !RepeatedQuotationInjector.SharesWord(n, text.Substring(q.Source.Start, q.Source.Length))).Select(n => (q.Source, Name: n)))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var (source, name) = candidates[random.Next(candidates.Count)];
        return Injection.Replace(InjectionKind.SwappedSpeaker, text, source, name, $"'{text.Substring(source.Start, source.Length)}' → '{name}'");
    }

    /// <summary>The runs of letters of a span.</summary>
    private static List<TextSpan> Words(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        for (var i = span.Start; i < span.End;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.End && char.IsLetter(text[i]))
            {
                i++;
            }
            words.Add(new TextSpan(start, i));
        }
        return words;
    }
}
