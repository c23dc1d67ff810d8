using Attribution.Analyzers;
using Attribution.Records;
using Attribution.Registry;

namespace Attribution.Tests.Rules;

public sealed class ATTR014PublicRecordContradictionTests
{
    private static string Dated(string date, string body) => $"---\ndate: {date}\n---\n{body}\n";

    private static IReadOnlyList<Diagnostic> Run(string text, string path = "article.md") => RuleTester.Run(text, "ATTR014", path);

    [Fact]
    public void Reports_a_title_the_record_contradicts_on_the_articles_date()
    {
        var text = Dated("2010-03-02", "Senator Barack Obama told reporters the bill would pass.");
        var found = Assert.Single(Run(text));
        Assert.Equal("Senator Barack Obama", RuleTester.At(text, found));
        Assert.Equal(
            "Barack Obama was not Senator on 2010-03-02: the public record has Barack Obama as President from 2009-01-20 to 2017-01-20 (records of 2026-06)",
            found.Message);
        Assert.Equal(DiagnosticSeverity.Warning, found.Severity);
        Assert.Null(found.Fix);
    }

    [Fact]
    public void Dates_an_html_page_by_its_metadata_and_finds_a_nickname_through_the_lexicon()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2012-06-05T10:00:00Z"><title>Vote</title></head>
            <body><article><p>Rep. Chuck Schumer of New York said the vote would be close, and other members of Congress agreed with him.</p></article></body></html>
            """;
        var found = Assert.Single(Run(html, "story.html"));
        Assert.Equal("Rep. Chuck Schumer", RuleTester.At(html, found));
        Assert.Contains("was not Representative (New York) on 2012-06-05: the public record has Charles E. Schumer as Senator (NY) from 1999-01-06", found.Message);
    }

    [Fact]
    public void Compares_a_claim_dated_to_a_year_with_the_whole_year()
    {
        const string text = "In 2014, Vice President Barack Obama spoke in Berlin.\n";
        var found = Assert.Single(Run(text, "article.txt"));
        Assert.StartsWith("Barack Obama was not Vice President in 2014: the public record has Barack Obama as President", found.Message);
    }

    [Fact]
    public void Names_the_leadership_post_held_when_a_post_is_contradicted()
    {
        var text = Dated("2010-03-02", "Senate Majority Leader Mitch McConnell called it a disgrace.");
        var found = Assert.Single(Run(text));
        Assert.Equal(
            "Mitch McConnell was not Majority Leader on 2010-03-02: the public record has Mitch McConnell as Senator (KY) from 2003-01-07 to 2027-01-03 and Senate Minority Leader from 2007-01-04 to 2015-01-03 (records of 2026-06)",
            found.Message);
    }

    [Fact]
    public void Compares_a_claim_dated_to_the_articles_own_year_wherever_the_year_stands()
    {
        var text = Dated("2016-08-15", "Vice President Bernie Sanders on Monday hit the 2016 campaign trail.");
        var found = Assert.Single(Run(text));
        Assert.StartsWith("Bernie Sanders was not Vice President in 2016: the public record has Bernard Sanders as Senator (VT)", found.Message);
    }

    [Theory]
    [InlineData("Senator Barack Obama told reporters the bill would pass.")] // no date anywhere
    [InlineData("---\ndate: 2016-04-27\n---\n\"I will support Sen. Barack Obama,\" she said.")] // a speaker's words, not the writer's
    [InlineData("---\ndate: 2016-08-08\n---\nSen. Chris Murphy says he was adrift after being elected in 2012.")] // the year after the title dates the election
    [InlineData("---\ndate: 2015-11-16\n---\nShe invoked the Sept. 11, 2001, attacks against a critique from Sen. Bernie Sanders.")] // a date of an event
    [InlineData("---\ndate: 2010-03-02\n---\nFormer Senator Barack Obama told reporters the bill would pass.")]
    [InlineData("---\ndate: 2010-03-02\n---\nThen-Sen. Barack Obama had voted for it.")]
    [InlineData("---\ndate: 2008-12-02\n---\nPresident-elect Barack Obama named his cabinet.")]
    [InlineData("---\ndate: 2010-03-02\n---\nVice President Joe Biden and Sen. Chuck Schumer of New York said nothing.")] // both true then
    [InlineData("---\ndate: 2022-05-02\n---\nPresident Donald Trump spoke at a rally in Ohio.")] // in no recorded office that day
    [InlineData("---\ndate: 2006-05-02\n---\nSen. Hillary Clinton spoke in Albany.")] // a former member: her terms are undated
    [InlineData("---\ndate: 2010-03-02\n---\nSpeaker Nancy Pelosi said the House would vote.")] // her posts are listed only from 2011
    [InlineData("---\ndate: 2030-03-02\n---\nRep. Bernie Sanders spoke.")] // after the records were taken
    public void Stays_quiet_where_the_records_or_the_text_do_not_speak(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("Sen. Johnson said the bill would pass. Rep. Johnson disagreed.")] // a surname many records share
    [InlineData("Speaker McConnell said the bill would pass.")] // a surname alone, with no title the record agrees with
    [InlineData("Illinois state Sen. Mitch McConnell spoke. Later, Rep. Mitch McConnell spoke again.")] // a state office: maybe a namesake
    [InlineData("Philippine Senator Bernie Sanders spoke. Rep. Bernie Sanders spoke again.")] // another country's office
    [InlineData("Texas House Speaker Bernie Sanders spoke.")] // a state legislature's post
    public void Checks_only_a_person_identified_beyond_doubt(string body)
    {
        Assert.Empty(Run(Dated("2012-03-02", body)));
    }

    [Fact]
    public void Checks_a_unique_surname_alone_when_another_title_agrees_with_the_record()
    {
        var text = Dated("2012-03-02", "Sen. Schumer said the bill would pass. Later, Rep. Schumer said it again.");
        var found = Assert.Single(Run(text));
        Assert.Equal("Rep. Schumer", RuleTester.At(text, found));
    }

    [Fact]
    public void The_roles_registry_wins_where_it_lists_the_person()
    {
        using var directory = new TempDirectory();
        var registry = RolesRegistry.Load(directory.Write("people.yaml", """
            people:
              - name: Barack Obama
                roles:
                  - { office: senator, jurisdiction: Illinois, from: 2005-01-03, to: 2008-11-16 }
            """), "people.yaml");
        var text = Dated("2010-03-02", "Senator Barack Obama told reporters the bill would pass.");
        Assert.Empty(RuleTester.Run(text, "ATTR014", new CheckerOptions { Registry = registry }, path: "article.md"));
        Assert.Single(RuleTester.Run(text, "ATTR014", new CheckerOptions(), path: "article.md"));
    }

    [Fact]
    public void Public_records_switch_off_in_options_configuration_and_on_the_command_line()
    {
        var text = Dated("2010-03-02", "Senator Barack Obama told reporters the bill would pass.");
        Assert.Empty(RuleTester.Run(text, "ATTR014", new CheckerOptions { UsePublicRecords = false }, path: "article.md"));

        using var directory = new TempDirectory();
        directory.Write("news/story.md", text);
        Assert.Contains("ATTR014", CliRunner.RunIn(directory.Path, "check", ".").Output);
        Assert.DoesNotContain("ATTR014", CliRunner.RunIn(directory.Path, "check", ".", "--no-public-records").Output);
        directory.Write("news/attribution.yaml", "public-records: false\n");
        Assert.DoesNotContain("ATTR014", CliRunner.RunIn(directory.Path, "check", ".").Output);
        directory.Write("news/attribution.yaml", "public-records: maybe\n");
        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", ".");
        Assert.Equal(2, code);
        Assert.Contains("'public-records': must be true or false", error);
    }

    [Fact]
    public void The_embedded_records_are_small_dated_and_complete_enough_to_check()
    {
        using var stream = typeof(PublicRecords).Assembly.GetManifestResourceStream("Attribution.Records.office-holders.bin");
        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 10_000, 1_000_000);
        var records = PublicRecords.Default;
        Assert.Equal("2026-06", records.Snapshot);
        Assert.Equal(new DateOnly(2026, 6, 30), records.SnapshotEnd);
        var washington = Assert.Single(records.Named(["George", "Washington"], null), p => p.Terms.Any(t => t.Office == RecordOffice.President));
        Assert.Equal(new DateOnly(1789, 4, 30), washington.OfficeSpans[0].Start);
        Assert.Single(records.Named(["Chuck", "Schumer"], null));
        Assert.Empty(records.Named(["Donald", "Trump"], "Jr."));
    }
}
