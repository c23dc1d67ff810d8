using System.Text;
using System.Text.RegularExpressions;
using Attribution.Lexicon;
using Attribution.Semantics.Citations;
using Attribution.Semantics.Citations.Credits;
using Attribution.Text;

namespace Attribution.Tests.Semantics;

/// <summary>
/// Outlet credits read at each name of the lexicon: where a name stands at the edges of the text or of a line, inside a
/// longer word, twice on a line, after a line break; and the same credits as each construction's whole pattern, with
/// every outlet name in it, searched over the lines that hold a name.
/// </summary>
public class CreditFinderTests
{
    private static IReadOnlyList<Credit> Find(string text) => CreditFinder.Default.Find(text);

    private static List<(string Words, string Form)> Words(string text) =>
        [.. Find(text).Select(c => (text[c.Span.Start..c.Span.End], c.Construction.Name))];

    [Fact]
    public void A_name_at_the_start_of_the_text_is_read()
    {
        Assert.Equal([("Reuters", "reported")], Words("Reuters reported the vote on Monday."));
        Assert.Equal([("Associated Press", "reported")], Words("The Associated Press reported the vote."));
    }

    [Fact]
    public void A_name_at_the_end_of_the_text_is_read()
    {
        Assert.Equal([("CNN", "told")], Words("The senator told CNN"));
        Assert.Equal([("APP", "sign-off")], Words("The talks will go on. APP"));
        Assert.Equal([("AFP", "according to")], Words("The talks will go on, according to AFP."));
    }

    [Theory]
    [InlineData("The senator told CNNs reporters the vote was close.")]
    [InlineData("The mayor told APPLE shareholders the plan was sound.")]
    [InlineData("The council met, XReuters reported.")]
    [InlineData("The council met (Reuters-backed) on Monday.")]
    [InlineData("The mayor told Reuters.com the plan was sound.")]
    public void A_name_inside_a_longer_word_is_no_credit(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void The_longest_name_that_ends_a_word_is_read()
    {
        Assert.Equal([("Fox News", "told")], Words("The senator told Fox News on Monday."));
        Assert.Equal([("Fox", "told")], Words("The senator told Fox Newsroom staff on Monday."));
    }

    [Fact]
    public void Two_names_on_a_line_are_both_read()
    {
        const string text = "The senator told CNN the vote was close, and the mayor told the BBC it was not.";
        Assert.Equal([("CNN", "told"), ("BBC", "told")], Words(text));
        Assert.Equal([("Reuters", "reported"), ("AP", "reported")], Words("Reuters reported it, and AP reported it too."));
    }

    [Fact]
    public void A_match_takes_the_space_after_the_name_from_the_next_as_one_pattern_search_does()
    {
        // Each match takes the character after the name; a next match that needs it as its own start is not read.
        Assert.Equal([("Reuters", "told")], Words("He told Reuters told AP so."));
        Assert.Equal([("Reuters", "reported"), ("AP", "reported")], Words("Reuters reported the AP reported."));
    }

    [Fact]
    public void A_credit_runs_over_one_line_break_but_not_over_a_blank_line()
    {
        Assert.Equal([("Reuters", "according to")], Words("The deal is done, according to\nReuters."));
        Assert.Equal([("Associated Press", "told")], Words("The mayor told the\nAssociated Press so."));
        Assert.Empty(Find("The deal is done, according to\n\nReuters."));
        // The written domain of a source line is read over the whole text.
        Assert.Equal([("www.lenta.ru", "source line")], Words("Source:\n\nwww.lenta.ru"));
    }

    [Fact]
    public void A_name_after_the_is_read_before_a_name_that_begins_with_the()
    {
        Assert.Equal([("Guardian", "according to")], Words("The plan stalled, according to The Guardian."));
        Assert.Equal([("The Hill", "according to")], Words("The plan stalled, according to The Hill."));
    }

    [Fact]
    public void A_source_line_credits_a_name_or_a_written_domain()
    {
        var credits = Find("Security forces surrounded the plane. Source: PTI\n\nThe company confirmed it. Source: www.lenta.ru");
        Assert.Equal(["Press Trust of India", "Lenta.ru"], credits.Select(c => c.Outlet?.Name));
        Assert.Equal([null, "www.lenta.ru"], credits.Select(c => c.Domain));
    }

    [Fact]
    public void Long_runs_of_spaces_next_to_names_are_read_once_not_split_every_way()
    {
        // Read every way a run splits, a long run takes longer than a construction may search, and its credits are lost.
        var spaces = new string(' ', 200_000);
        var text = $"Source: PTI\nx{spaces}Reuters\nThe talks ended. APP{spaces}x\nThe vote ended. AFP\n";

        Assert.Equal([("PTI", "source line"), ("AFP", "sign-off")], Words(text));
    }

    /// <summary>A constructed text: cue words, names, parts and extensions of names, domains, punctuation and spaces, in random order.</summary>
    private static string RandomText(Random random)
    {
        string[] pieces =
        [
            "according to", "According to", "told", "interview with", "interview on", "reported", "reports", "has", "first",
            "reported by", "reported earlier by", "Source:", "Sources :", "With inputs from", "Courtesy of", "Courtesy:",
            "the", "The", "a", "an", "Reuters", "AP", "APP", "APPs", "AAP", "Associated Press", "The Associated Press", "Fox",
            "Fox News", "Newsroom", "The Guardian", "Guardian", "L.A. Times", "Lenta.ru", "dpa", "CNN", "BBC News", "xAP",
            "Reutersville", "www.lenta.ru", "reuters.com", "a.b.cc", "(", ")", ".", "!", "?", "”", "—", "-", "--", ",", ":",
            "/", "said", "word",
        ];
        string[] gaps = [" ", " ", " ", " ", "", "\n", "\n\n", "\t", "  ", "\r\n", " \n"];
        var text = new StringBuilder();
        var count = random.Next(1, 14);
        for (var i = 0; i < count; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]).Append(gaps[random.Next(gaps.Length)]);
        }
        return text.ToString();
    }

    [Fact]
    public void The_credits_are_those_of_each_whole_pattern_searched_over_the_lines_that_hold_a_name()
    {
        var reference = new WholePatternFinder(OutletLexicon.Default);
        var random = new Random(20261202);
        for (var i = 0; i < 6_000; i++)
        {
            var text = RandomText(random);
            var expected = reference.Find(text).Select(c => (c.Span, c.Outlet?.Name, c.Domain, c.Construction.Name));
            var found = Find(text).Select(c => (c.Span, c.Outlet?.Name, c.Domain, c.Construction.Name));
            Assert.True(expected.SequenceEqual(found), $"'{Regex.Escape(text)}': expected {string.Join(", ", expected)}; found {string.Join(", ", found)}");
        }
    }

    /// <summary>
    /// Each construction as one regular expression with every outlet name in it (longest first), searched over each
    /// line that holds a name with the line before it (the finder's lines of the names found here), or over the whole
    /// text where it names a written domain.
    /// </summary>
    private sealed class WholePatternFinder(OutletLexicon outlets)
    {
        private const string Outlet = @"(?:[Tt]he\s+)?(?<outlet>{names})(?:$|[^\w.-]|\.(?:$|\W))";
        private const string Name = @"(?:[Tt]he\s+)?(?<outlet>{names})";
        private const string Domain = @"(?<domain>(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?:$|[^\w/-])";

        private static readonly Dictionary<string, string> Patterns = new()
        {
            ["source line"] = @"(?:^|[^\w-])(?:Sources?\s*:|With inputs from|Inputs from|Courtesy(?:\s+of)?\s*:?)\s*(?:" + Outlet + "|" + Domain + ")",
            ["according to"] = @"(?:^|[^\w-])[Aa]ccording\s+to\s+(?:an?\s+)?" + Outlet,
            ["told"] = @"(?:^|[^\w-])told\s+" + Outlet,
            ["interview with"] = @"(?:^|[^\w-])interview\s+(?:with|on|to)\s+" + Outlet,
            ["reported"] = @"(?:^|[^\w-])" + Name + @"\s+(?:(?:has|had|first|also|earlier)\s+)?(?:reported|reports)(?:$|\W)",
            ["reported by"] = @"(?:^|[^\w-])reported\s+(?:earlier\s+)?by\s+" + Outlet,
            ["parenthesis"] = @"\(\s*" + Name + @"\s*\)",
            ["sign-off"] = @"[.!?”""’][ \t]+(?:[-—–]+[ \t]*)?" + Name + @"[ \t]*\.?[ \t]*(?:\r?\n|$)",
        };

        private readonly List<(CreditConstruction Construction, Regex Pattern)> _patterns = [.. CreditConstruction.All.Select(c =>
            (c, new Regex(Patterns[c.Name].Replace("{names}", string.Join('|', outlets.AllNames.Select(Regex.Escape))), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)))];

        private readonly List<string> _names = [.. outlets.AllNames];

        /// <summary>Where a name begins, each name tried at each place on its own.</summary>
        private List<int> NameStarts(string text) =>
            [.. Enumerable.Range(0, text.Length).Where(at => _names.Any(n => text.AsSpan(at).StartsWith(n, StringComparison.Ordinal)))];

        public List<Credit> Find(string text)
        {
            var credits = new List<Credit>();
            var outletLines = CreditFinder.OutletLines(text, NameStarts(text));
            foreach (var (construction, pattern) in _patterns)
            {
                var windows = construction.Name == "source line" ? [new TextSpan(0, text.Length)] : outletLines;
                foreach (var window in windows)
                {
                    for (var match = pattern.Match(text, window.Start, window.Length); match.Success; match = match.NextMatch())
                    {
                        var outlet = match.Groups["outlet"];
                        var domain = match.Groups["domain"];
                        var group = outlet.Success ? outlet : domain;
                        var span = new TextSpan(group.Index, group.Index + group.Length);
                        if (credits.Any(c => c.Span.OverlapsWith(span)))
                        {
                            continue;
                        }
                        credits.Add(outlet.Success
                            ? new Credit(span, outlets.FindByName(outlet.Value), null, construction)
                            : new Credit(span, LinkHost.OfDomain(domain.Value) is { } host ? outlets.FindByHost(host) : null, domain.Value, construction));
                    }
                }
            }
            credits.Sort((a, b) => a.Span.CompareTo(b.Span));
            return credits;
        }
    }
}
