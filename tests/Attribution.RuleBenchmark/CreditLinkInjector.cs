using Attribution.Lexicon;
using Attribution.Semantics.Citations.Credits;
using Attribution.Text;

namespace Attribution.RuleBenchmark;

/// <summary>
/// Turns an outlet credit of a plain-text article (according to the Associated Press, told CNN, Source: PTI) into a
/// Markdown link to another outlet's site, <c>told [CNN](https://www.foxnews.com/politics/story)</c>, and has the
/// article checked as Markdown. The credit is found with the library's own credit constructions and outlet lexicon,
/// so this measures the link side (reading the link, the domain lookup, the rule) on credits the library already
/// reads, not how many of a text's credits it reads. Caught by a finding on the new link.
/// </summary>
public static class CreditLinkInjector
{
    /// <summary>The extension the injected article is read as.</summary>
    public const string ReadAs = ".md";

    public static Injection? Inject(Article article, Random random)
    {
        var text = article.Text;
        var credits = CreditFinder.Default.Find(text)
            .Where(c => c.Outlet is not null && c.Domain is null && !IsInsideMarkdownSyntax(text, c.Span))
            .ToList();
        if (credits.Count == 0)
        {
            return null;
        }
        var credit = credits[random.Next(credits.Count)];
        var others = OutletLexicon.Default.Outlets.Where(o => o != credit.Outlet && o.Domains.Count > 0).ToList();
        var other = others[random.Next(others.Count)];
        var words = text.Substring(credit.Span.Start, credit.Span.Length);
        var link = $"[{words}](https://www.{other.Domains[0]}/news/{2000 + random.Next(20)}/story-{random.Next(1000, 9999)})";
        var injection = Injection.Replace(InjectionKind.CreditLink, text, credit.Span, link, $"'{words}' ({credit.Outlet!.Name}) linked to {other.Domains[0]}");
        return injection with { ReadAs = ReadAs };
    }

    /// <summary>True for words Markdown would not read as prose where they stand: an indented line is code.</summary>
    private static bool IsInsideMarkdownSyntax(string text, TextSpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        return text.AsSpan(lineStart).StartsWith("    ") || text[lineStart] == '\t';
    }
}
