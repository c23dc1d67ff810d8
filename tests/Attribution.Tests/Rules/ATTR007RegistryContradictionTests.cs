using Attribution.Registry;

namespace Attribution.Tests.Rules;

public sealed class ATTR007RegistryContradictionTests : IDisposable
{
    private const string Registry = """
        people:
          - name: Dmitry Medvedev
            aliases: [Dmitri Medvedev]
            roles:
              - { office: president, jurisdiction: Russia, from: 2008-05-07, to: 2012-05-07 }
          - name: Vladimir Putin
            roles:
              - { office: Prime Minister, jurisdiction: Russia, from: 2008-05-08, to: 2012-05-07 }
          - name: Asif Ali Zardari
            roles:
              - { office: president, jurisdiction: Pakistan, from: 2008-09-09, to: 2013-09-09 }
          - name: Ashfaq Parvez Kayani
            roles:
              - { office: chief-of-army-staff, jurisdiction: Pakistan, from: 2007-11-29, to: 2013-11-29 }
        offices:
          - office: prime-minister
            jurisdiction: Russia
            holders:
              - { name: Mikhail Fradkov, from: 2004-03-05, to: 2007-09-14 }
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private CheckerOptions Options(string yaml = Registry) =>
        new() { Registry = RolesRegistry.Load(_directory.Write("people.yaml", yaml), "people.yaml") };

    private IReadOnlyList<Attribution.Analyzers.Diagnostic> Run(string text, DateOnly? articleDate = null, string yaml = Registry) =>
        RuleTester.Run(text, "ATTR007", Options(yaml), articleDate);

    [Fact]
    public void Reports_an_office_that_the_persons_other_office_excludes_for_the_whole_year()
    {
        const string text = "In 2009, Russian Prime Minister Dmitry Medvedev visited Islamabad.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Russian Prime Minister Dmitry Medvedev", RuleTester.At(text, found));
        Assert.Equal(
            "Dmitry Medvedev was not Prime Minister (Russia) in 2009: the registry has President (Russia) from 2008-05-07 to 2012-05-07 (people.yaml, line 5)",
            found.Message);
        Assert.Equal(Attribution.Analyzers.DiagnosticSeverity.Warning, found.Severity);
    }

    [Fact]
    public void Reports_a_year_outside_the_persons_own_terms_in_the_office()
    {
        const string text = "In 2002, Russian Prime Minister Mikhail Fradkov arrived.";
        var found = Assert.Single(Run(text));
        Assert.Equal(
            "Mikhail Fradkov was not Prime Minister (Russia) in 2002: the registry has Prime Minister (Russia) from 2004-03-05 to 2007-09-14 (people.yaml, line 19)",
            found.Message);
    }

    [Fact]
    public void Reports_someone_the_registry_does_not_list_in_a_single_holder_office_held_by_another()
    {
        const string text = "In 2010, Russian Prime Minister Viktor Zubkov arrived.";
        var found = Assert.Single(Run(text));
        Assert.Equal(
            "Viktor Zubkov was not Prime Minister (Russia) in 2010: the registry has Vladimir Putin as Prime Minister (Russia) from 2008-05-08 to 2012-05-07 (people.yaml, line 8)",
            found.Message);
    }

    [Fact]
    public void Reports_a_person_given_an_office_held_by_someone_else_throughout_the_year()
    {
        const string text = "In 2010, Pakistani President Ashfaq Parvez Kayani arrived.";
        var found = Assert.Single(Run(text));
        Assert.Contains("the registry has Asif Ali Zardari as President (Pakistan) from 2008-09-09 to 2013-09-09", found.Message);
    }

    [Theory]
    [InlineData("In 2007, Russian Prime Minister Mikhail Fradkov visited Islamabad.")] // until September 2007
    [InlineData("In 2012, Russian Prime Minister Dmitry Medvedev visited Islamabad.")] // President only until May 2012
    [InlineData("In 2008, Russian Prime Minister Viktor Zubkov visited Islamabad.")] // Putin only from May 2008
    [InlineData("In 2009, Russian President Dmitry Medvedev visited Islamabad.")]
    [InlineData("In 2009, Pakistani General Ashfaq Parvez Kayani visited Moscow.")] // a rank: many holders, excludes nothing
    public void Stays_quiet_when_the_registry_allows_the_claim_at_some_point_of_the_year(string text) =>
        Assert.Empty(Run(text));

    [Fact]
    public void Matches_an_alias_ignoring_case_and_names_the_registry_entry()
    {
        const string text = "In 2009, Russian Prime Minister Dmitri Medvedev visited Islamabad.";
        var yaml = Registry.Replace("aliases: [Dmitri Medvedev]", "aliases: [DMITRI MEDVEDEV]", StringComparison.Ordinal);
        var found = Assert.Single(Run(text, yaml: yaml));
        Assert.StartsWith("Dmitry Medvedev was not Prime Minister (Russia) in 2009", found.Message);
    }

    [Fact]
    public void Matches_a_surname_alone_when_only_one_person_in_the_registry_has_it()
    {
        const string text = "In 2009, Russian Prime Minister Medvedev visited Islamabad.";
        var found = Assert.Single(Run(text));
        Assert.StartsWith("Dmitry Medvedev was not Prime Minister (Russia) in 2009", found.Message);
    }

    [Fact]
    public void Stays_quiet_for_a_surname_alone_that_two_people_in_the_registry_share()
    {
        const string text = "In 2009, Russian Prime Minister Medvedev visited Islamabad.";
        var yaml = Registry + "\n  - office: president\n    jurisdiction: Iran\n    holders:\n      - { name: Sergei Medvedev }\n";
        Assert.Empty(Run(text, yaml: yaml));
        Assert.Single(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_an_unlisted_full_name_that_shares_a_listed_surname()
    {
        // Putin held the office then, but the text may be naming Dmitry Medvedev wrongly or someone else: it cannot tell.
        const string text = "In 2009, Russian Prime Minister Sergei Medvedev visited Islamabad.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void A_claim_of_the_present_is_dated_by_the_article()
    {
        const string text = "Russian Prime Minister Dmitry Medvedev visited Islamabad.";
        var found = Assert.Single(Run(text, new DateOnly(2009, 6, 20)));
        Assert.Equal(
            "Dmitry Medvedev was not Prime Minister (Russia) on 2009-06-20: the registry has President (Russia) from 2008-05-07 to 2012-05-07 (people.yaml, line 5)",
            found.Message);
        // The last day of his presidency still excludes it; the day after, the registry gives the office to no one.
        Assert.Single(Run(text, new DateOnly(2012, 5, 7)));
        Assert.Empty(Run(text, new DateOnly(2012, 5, 8)));
    }

    [Fact]
    public void The_article_date_comes_from_front_matter()
    {
        const string text = "---\ndate: 2010-03-01\n---\nRussian Prime Minister Dmitry Medvedev visited Islamabad.\n";
        var found = Assert.Single(RuleTester.Run(text, "ATTR007", Options(), path: "post.md"));
        Assert.Equal("Russian Prime Minister Dmitry Medvedev", RuleTester.At(text, found));
        Assert.Contains("on 2010-03-01", found.Message);
    }

    [Fact]
    public void A_claim_of_the_present_stays_quiet_when_the_article_has_no_date() =>
        Assert.Empty(Run("Russian Prime Minister Dmitry Medvedev visited Islamabad."));

    [Theory]
    [InlineData("In 2009, former Russian Prime Minister Mikhail Fradkov visited Islamabad.")]
    [InlineData("In 2009, acting Russian Prime Minister Mikhail Fradkov visited Islamabad.")]
    [InlineData("In 2009, Prime Minister Dmitry Medvedev visited Islamabad.")] // the country is not named
    [InlineData("Russian Prime Minister Dmitry Medvedev met them in 2005 and 2009 after the talks.")] // which year is unclear
    public void Stays_quiet_for_past_acting_unplaced_or_undated_claims(string text) =>
        Assert.Empty(Run(text, new DateOnly(2009, 6, 20)));

    [Fact]
    public void Does_nothing_without_a_registry() =>
        Assert.Empty(RuleTester.Run("In 2009, Russian Prime Minister Dmitry Medvedev visited Islamabad.", "ATTR007"));
}
