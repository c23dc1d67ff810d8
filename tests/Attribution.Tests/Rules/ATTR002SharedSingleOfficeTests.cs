namespace Attribution.Tests.Rules;

/// <summary>ATTR002: two people in one single-holder office at one time, for one named jurisdiction.</summary>
public class ATTR002SharedSingleOfficeTests
{
    private static IReadOnlyList<Analyzers.Diagnostic> Run(string text, string path = "article.txt") => RuleTester.Run(text, "ATTR002", path);

    [Fact]
    public void Reports_two_people_in_one_single_holder_office_at_once()
    {
        const string text = "Russian Prime Minister Vladimir Putin arrived on Monday. Russian Prime Minister Mikhail Fradkov greeted him.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Russian Prime Minister Mikhail Fradkov", RuleTester.At(text, found));
        Assert.Contains("Vladimir Putin", found.Message);
    }

    [Fact]
    public void Stays_quiet_for_holders_in_different_years()
    {
        const string text = "Russian Prime Minister Vladimir Putin arrived on Monday. In 2007, Russian Prime Minister Mikhail Fradkov had made the same visit.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_offices_with_many_holders()
    {
        const string text = "Senator Maria Lindqvist and Senator Tom Reed voted against the bill.";
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Stays_quiet_for_unqualified_titles_of_two_people()
    {
        // The president of one country and the president of another: the text does not say which.
        Assert.Empty(Run("President Barack Obama met President Xi Jinping on Monday. President Obama said the talks went well."));
        Assert.Single(Run("U.S. President Barack Obama met U.S. President Xi Jinping on Monday."));
    }

    [Fact]
    public void Compares_governors_by_their_states()
    {
        Assert.Empty(Run("Indiana Gov. Mike Pence spoke. Ohio Gov. John Kasich listened."));
        Assert.Single(Run("Indiana Gov. Mike Pence spoke. Gov. John Kasich of Indiana listened."));
    }

    [Fact]
    public void Carries_the_state_to_the_same_persons_unqualified_title()
    {
        const string text = "Gov. Mike Pence of Indiana spoke. Gov. Pence said the bill would pass. Indiana Gov. Eric Holcomb disagreed.";
        var found = Assert.Single(Run(text));
        Assert.Equal("Indiana Gov. Eric Holcomb", RuleTester.At(text, found));
        Assert.Empty(Run("Gov. Mike Pence of Indiana spoke. Gov. Pence said the bill would pass. Gov. Eric Holcomb disagreed."));
    }

    [Fact]
    public void Compares_party_nominees_by_party_and_year()
    {
        Assert.Single(Run("Republican presidential nominee Donald Trump spoke. Republican presidential nominee Mitt Romney listened."));
        Assert.Empty(Run("Republican presidential nominee Donald Trump spoke. 2012 Republican presidential nominee Mitt Romney listened."));
        Assert.Empty(Run("Republican presidential nominee Donald Trump spoke. Democratic presidential nominee Hillary Clinton listened."));
    }

    [Fact]
    public void Stays_quiet_for_a_predecessor_in_a_passage_dated_to_another_year()
    {
        const string body = "U.S. Secretary of State John Kerry spoke on Monday.\n\nIn 2012, U.S. Secretary of State Hillary Clinton had made the same trip.\n";
        Assert.Empty(Run("---\ndate: 2016-05-02\n---\n" + body, "post.md"));
        Assert.Single(Run("---\ndate: 2012-05-02\n---\n" + body, "post.md"));
    }

    [Fact]
    public void Stays_quiet_for_a_former_holder()
    {
        Assert.Empty(Run("U.S. Secretary of State John Kerry spoke. Former U.S. Secretary of State Hillary Clinton listened."));
        Assert.Single(Run("U.S. Secretary of State John Kerry spoke. U.S. Secretary of State Hillary Clinton listened."));
    }
}
