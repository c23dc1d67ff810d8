using Attribution.Semantics;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Repeats an annotated direct quotation of six words or more in a new paragraph under the name of another
/// annotated source of the article: <c>“…,” Other Name said.</c>, placed after a later paragraph. Caught by a
/// finding on the new paragraph or one related to it.
/// <para>
/// The repeat must be credited to someone genuinely other than the original speaker, or it is no error:
/// </para>
/// <list type="bullet">
/// <item>the original must be credited to someone the article identifies: a name or a proper-named organisation,
/// or a pronoun or title the checker resolves to a person. A quotation with no speaker, or one credited to a
/// description (the candidate, the man, the statement) is no base: the repeat would be credited once, or
/// possibly to the same person;</item>
/// <item>the new name shares no word with the original's annotated source, with the name of the person it
/// resolves to, or with any name the article uses for that person, and does not resolve to that person;</item>
/// <item>for a pronoun, it names no one named in the original's paragraph or the two before it (whom the
/// pronoun may stand for);</item>
/// <item>it names someone: not a title alone (CNN President) or an epithet (The Wisconsin Republican), which
/// may describe the original speaker;</item>
/// <item>it is a definite source, not a part of a group (Some Democrats, One Republican, Other Republicans),
/// which the original speaker may belong to.</item>
/// </list>
/// </summary>
public static class RepeatedQuotationInjector
{
    private const int MinimumWords = 6;
    private const int PronounReach = 2;

    public static Injection? Inject(Article article, SemanticModel clean, Random random)
    {
        var text = article.Text;
        var paragraphs = TextParts.Paragraphs(text);
        var sources = article.Attributions.SelectMany(a => a.Source)
            .Where(s => IsName(text.Substring(s.Start, s.Length)))
            .GroupBy(s => text.Substring(s.Start, s.Length), StringComparer.Ordinal)
            .Where(g => !g.Any(s => IsTitleOrEpithet(clean, s)))
            .Select(g => (Name: g.Key, Person: g.Select(s => PersonAt(clean, s)).FirstOrDefault(p => p is not null)))
            .ToList();
        var candidates = new List<(string Words, string Name, int Paragraph)>();
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Content.Count != 1 || attribution.Source.Count != 1)
            {
                continue;
            }
            var content = attribution.Content[0];
            var inner = TextParts.WholeQuotation(text, content);
            if (inner is null || inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
            {
                continue;
            }
            var paragraph = TextParts.ParagraphIndexOf(paragraphs, content.Start);
            var speaker = clean.Statements.FirstOrDefault(s => s.Quotations.Count > 0 && TextParts.Overlaps(s.ContentCover, content))?.Speaker;
            if (paragraph < 0 || speaker is null || !IsIdentified(text, speaker))
            {
                continue;
            }
            var source = text.Substring(attribution.Source[0].Start, attribution.Source[0].Length);
            var excluded = ExcludedWords(source, speaker.Person);
            if (speaker.Kind == SpeakerKind.Pronoun)
            {
                excluded.UnionWith(NamedNear(clean, paragraphs, paragraph));
            }
            candidates.AddRange(sources
                .Where(s => (s.Person is null || s.Person != speaker.Person) && !Words(s.Name).Any(excluded.Contains))
                .Select(s => (inner, s.Name, paragraph)));
        }
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

    /// <summary>A speaker the article identifies: a person it resolves, or a capitalised name (The Washington Post).</summary>
    private static bool IsIdentified(string text, Speaker speaker) =>
        speaker.Person is not null
        || (speaker.Kind is SpeakerKind.Name or SpeakerKind.Organisation && !speaker.IsAnonymous && IsName(text.Substring(speaker.Span.Start, speaker.Span.Length)));

    /// <summary>Words the new name may not share: those of the annotated source and of every name of the resolved person.</summary>
    private static HashSet<string> ExcludedWords(string source, Person? person)
    {
        var words = new HashSet<string>(Words(source), StringComparer.OrdinalIgnoreCase);
        words.Remove("The");
        if (person is not null)
        {
            words.UnionWith(person.Mentions.SelectMany(m => m.NameWords));
        }
        return words;
    }

    /// <summary>The name words of the people named, outside quotations, in a paragraph and the ones before it.</summary>
    private static IEnumerable<string> NamedNear(SemanticModel clean, IReadOnlyList<TextSpan> paragraphs, int paragraph)
    {
        var from = paragraphs[Math.Max(0, paragraph - PronounReach)].Start;
        var to = paragraphs[paragraph].End;
        return clean.Syntax.Mentions
            .Where(m => m.Span.Start >= from && m.Span.End <= to)
            .SelectMany(m => clean.PersonOf(m)?.Mentions.SelectMany(n => n.NameWords) ?? m.NameWords);
    }

    /// <summary>
    /// A source that describes a person rather than naming one: a title without a name (CNN President) or an
    /// epithet (The Wisconsin Republican, where the article writes "Republican" before people's names). Either
    /// may be the original speaker.
    /// </summary>
    private static bool IsTitleOrEpithet(SemanticModel clean, TextSpan source)
    {
        var speaker = clean.Statements.Select(s => s.Speaker).FirstOrDefault(s => s is not null && TextParts.Overlaps(s.Span, source));
        if (speaker is { Person: null, Kind: SpeakerKind.Role })
        {
            return true;
        }
        var text = clean.Syntax.Text;
        var words = Words(text.Substring(source.Start, source.Length));
        if (!words[0].Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = words[^1] + " ";
        return clean.Syntax.Mentions.Any(m => m.Kind == Attribution.Syntax.MentionKind.Name
            && ((m.Span.Start >= before.Length && string.CompareOrdinal(text, m.Span.Start - before.Length, before, 0, before.Length) == 0)
                || string.CompareOrdinal(text, m.Span.Start, before, 0, before.Length) == 0));
    }

    private static Person? PersonAt(SemanticModel clean, TextSpan source) =>
        clean.Syntax.Mentions.Where(m => TextParts.Overlaps(m.Span, source)).Select(clean.PersonOf).FirstOrDefault(p => p is not null);

    /// <summary>
    /// A capitalised name of two to four words, definite: a name that opens with a quantifier (Some, One, Other,
    /// Fellow, Two) names part of a group.
    /// </summary>
    internal static bool IsName(string source)
    {
        var words = Words(source);
        return words.Length is >= 2 and <= 4
            && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            && !GroupOpeners.Contains(words[0]);
    }

    private static readonly HashSet<string> GroupOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "one", "other", "others", "fellow", "many", "most", "several", "two", "three", "four", "both", "all", "few", "another", "any",
    };

    private static string[] Words(string source) => source.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal static bool SharesWord(string a, string b) =>
        a.Split(' ').Intersect(b.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).Any();
}
