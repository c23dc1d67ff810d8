namespace Attribution.Tests.Rules;

/// <summary>
/// ATTR001: one person, two roles that exclude each other at one time. Each hard case has a text that must be
/// reported and one that must not.
/// </summary>
public class ATTR001IncompatibleRolesTests
{
    private static IReadOnlyList<Analyzers.Diagnostic> Run(string text, string path = "article.txt") => RuleTester.Run(text, "ATTR001", path);

    [Fact]
    public void Reports_one_person_called_president_and_prime_minister_of_one_country()
    {
        const string text = "Russian President Dmitry Medvedev met the delegation. Later, Russian Prime Minister Dmitry Medvedev said the talks went well.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Russian Prime Minister Dmitry Medvedev", RuleTester.At(text, found));
        var related = Assert.Single(found.RelatedLocations);
        Assert.Equal("Russian President Dmitry Medvedev", RuleTester.At(text, related.Span));
    }

    // History is not contradiction: years, former, then-, -elect, "once".

    [Fact]
    public void Stays_quiet_for_roles_anchored_to_different_years()
    {
        const string text = "In 2007, Russian Prime Minister Dmitry Medvedev visited.\n\nIn 2009, Russian President Dmitry Medvedev returned.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Reports_roles_anchored_to_the_same_year()
    {
        const string text = "In 2009, Russian Prime Minister Dmitry Medvedev visited.\n\nIn 2009, Russian President Dmitry Medvedev returned.";
        Assert.Single(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_former_roles()
    {
        const string text = "Former Russian Prime Minister Dmitry Medvedev spoke. Russian President Dmitry Medvedev listened.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_then_titles_and_reports_the_same_titles_without_then()
    {
        Assert.Empty(Run("then-Gov. Bill Clinton signed the law. President Bill Clinton later praised it."));
        Assert.Single(Run("Gov. Bill Clinton signed the law. President Bill Clinton later praised it."));
    }

    [Fact]
    public void Stays_quiet_for_an_elect_title()
    {
        Assert.Empty(Run("President-elect Mark Hollis met reporters. Gov. Mark Hollis will stay in office until January."));
        Assert.Single(Run("President Mark Hollis met reporters. Gov. Mark Hollis will stay in office until January."));
    }

    [Fact]
    public void Stays_quiet_for_a_role_the_sentence_puts_in_the_past_with_once()
    {
        Assert.Empty(Run("The senator met Anna Flowers, who once had an affair with President Tom Hale. Senator Tom Hale denied it."));
        Assert.Single(Run("The senator met Anna Flowers, who had lunch with President Tom Hale. Senator Tom Hale denied it."));
    }

    [Fact]
    public void Compares_a_dated_claim_with_the_present_by_the_article_date()
    {
        const string body = "In 2012, Secretary of State Hillary Clinton flew to Beijing.\n\nSen. Hillary Clinton said on Tuesday that the talks went well.\n";
        var in2012 = Run("---\ndate: 2012-05-02\n---\n" + body, "post.md");
        Assert.Equal("Sen. Hillary Clinton", RuleTester.At("---\ndate: 2012-05-02\n---\n" + body, Assert.Single(in2012)));
        Assert.Empty(Run("---\ndate: 2016-05-02\n---\n" + body, "post.md"));
        Assert.Empty(Run(body));
    }

    // Compatible roles are not conflicts.

    [Fact]
    public void Stays_quiet_for_compatible_roles()
    {
        const string text = "Chief of Army Staff General Ashfaq Parvez Kayani met General Ashfaq Parvez Kayani's staff. Russian President Dmitry Medvedev, Commander-in-Chief Russian armed forces, spoke.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_a_governor_who_is_his_partys_nominee_and_reports_a_governor_called_senator()
    {
        Assert.Empty(Run("Gov. Mike Pence of Indiana spoke on Monday. Republican vice presidential nominee Mike Pence said the bill would pass. Gov. Pence left."));
        Assert.Single(Run("Gov. Mike Pence of Indiana spoke on Monday. Republican vice presidential nominee Mike Pence said the bill would pass. Sen. Pence left."));
    }

    [Fact]
    public void Stays_quiet_for_a_senator_who_chairs_a_committee()
    {
        Assert.Empty(Run("Sen. Alan Roper (R-Texas), chairman of the Commerce Committee, spoke on Monday. Roper said the bill would pass."));
        Assert.Single(Run("Sen. Alan Roper (R-Texas), chairman of the Commerce Committee, spoke on Monday. Gov. Alan Roper said the bill would pass."));
    }

    [Fact]
    public void Stays_quiet_for_a_nominee_who_is_a_former_secretary_of_state()
    {
        Assert.Empty(Run("Democratic presidential nominee Hillary Clinton spoke on Monday. Former Secretary of State Hillary Clinton is the first woman nominated."));
        Assert.Single(Run("Democratic presidential nominee Hillary Clinton spoke on Monday. Republican presidential nominee Hillary Clinton is the first woman nominated."));
    }

    // Titles in many forms.

    [Fact]
    public void Reads_a_lower_case_title_after_the_name()
    {
        const string text = "Dmitry Medvedev, the Russian president, met the delegation. Later, Russian Prime Minister Dmitry Medvedev said the talks went well.";
        Assert.Equal("Russian Prime Minister Dmitry Medvedev", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Dmitry Medvedev, the Russian president, met the delegation. Later, Russian Prime Minister Vladimir Putin said the talks went well."));
    }

    [Fact]
    public void Reports_at_a_title_after_the_name_and_not_at_a_new_subject_after_a_comma()
    {
        const string text = "Rep. Jim Clyburn spoke on Monday. Jim Clyburn, a Democratic governor, said the talks went well.";
        Assert.Equal("Jim Clyburn, a Democratic governor", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Sen. Jim Clyburn spoke on Monday. Against Clyburn, the Ohio governor earned 51 percent."));
    }

    [Fact]
    public void Reads_party_state_tags_and_states_after_the_name()
    {
        const string text = "Sen. Alan Roper (R-Texas) spoke on Monday. Gov. Alan Roper of Texas said the bill would pass.";
        var found = Assert.Single(Run(text));
        Assert.Contains("Governor (Texas)", found.Message);
        Assert.Contains("Senator (Texas)", found.Message);
        Assert.Empty(Run("Sen. Alan Roper (R-Texas) spoke on Monday. Gov. Ann Roper of Texas said the bill would pass."));
    }

    [Fact]
    public void Reads_offices_of_other_countries()
    {
        Assert.Single(Run("German Chancellor Greta Holm met the press. Foreign Minister Greta Holm of Germany said the talks went well."));
        Assert.Empty(Run("German Chancellor Greta Holm met the press. Foreign Minister Greta Holm of France said the talks went well."));
    }

    [Fact]
    public void Carries_a_stated_jurisdiction_to_the_persons_unqualified_titles()
    {
        const string text = "Gov. Mike Pence of Indiana spoke on Monday. Later, Sen. Pence said the bill would pass.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Sen. Pence", RuleTester.At(text, found));
        Assert.Contains("Governor (Indiana)", found.Message);
    }

    [Fact]
    public void Compares_unqualified_titles_of_one_person_but_not_titles_for_two_named_countries()
    {
        Assert.Single(Run("President Dmitry Medvedev met the delegation. Prime Minister Dmitry Medvedev said the talks went well."));
        Assert.Empty(Run("President Anna Berg of Finland met the delegation. Later, Prime Minister Anna Berg of Sweden said the talks went well."));
    }

    [Fact]
    public void Stays_quiet_when_the_persons_titles_name_two_countries_and_this_one_names_none()
    {
        const string text = "Finnish Ambassador Anna Berg met the delegation. French Foreign Minister Anna Berg spoke. President Anna Berg left.";
        Assert.Empty(Run(text));
    }

    // Two people, one surname.

    [Fact]
    public void Gives_a_titled_surname_to_the_family_member_with_that_title()
    {
        const string text = "Former President George W. Hale spoke in Dallas. Gov. Jeb Hale of Florida listened. President Hale praised the crowd. Gov. Hale left.";
        Assert.Empty(Run(text));
        Assert.Single(Run("Former President George W. Hale spoke in Dallas. Gov. Jeb Hale of Florida listened. Sen. Jeb Hale praised the crowd."));
    }

    [Fact]
    public void Never_merges_two_full_names_that_share_a_surname()
    {
        Assert.Empty(Run("Former President Robert Hale and Senator Mary Hale arrived. President Hale spoke first. Senator Hale said the vote was close."));
        Assert.Empty(Run("Governor Peter Marsh opened the fair. Senator Peter Marsh Jr. cut the ribbon. Marsh Jr. said it was a good day."));
        Assert.Single(Run("Governor Peter Marsh opened the fair. Senator Peter Marsh cut the ribbon."));
    }

    [Fact]
    public void Takes_a_titled_surname_for_the_only_person_of_that_name_even_when_it_is_repeated()
    {
        // Only a courtesy title or a second full name says that a surname is someone else's.
        const string text = "Vice President Lindsey Graham spoke on Monday. Sen. Graham said the bill would pass. Sen. Graham left.";
        Assert.Equal("Vice President Lindsey Graham", RuleTester.At(text, Assert.Single(Run(text))));
        Assert.Empty(Run("Sen. Lindsey Graham spoke on Monday. Sen. Graham said the bill would pass. Sen. Graham left."));
    }

    [Fact]
    public void Gives_mr_to_a_man_and_not_to_the_first_lady()
    {
        Assert.Empty(Run("First Lady Anna Kerr opened the garden. Mr. Kerr spoke. President Kerr thanked the staff. Mr. Kerr left."));
        Assert.Single(Run("First Lady Anna Kerr opened the garden. President Anna Kerr thanked the staff."));
    }
}
