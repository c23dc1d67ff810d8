using Attribution.Lexicon;

namespace Attribution.Tests.Lexicon;

/// <summary>The role model as data: offices, exclusions, combinations and jurisdictions.</summary>
public class RoleLexiconTests
{
    private static readonly OfficeLexicon Offices = OfficeLexicon.Default;
    private static readonly JurisdictionLexicon Jurisdictions = JurisdictionLexicon.Default;

    private static Office Office(string id) => Offices.FindById(id)!;

    [Fact]
    public void Head_of_state_and_head_of_government_exclude_each_other_and_combine_with_nothing_they_exclude()
    {
        Assert.True(Offices.Excludes(Office("president"), Office("prime-minister")));
        Assert.True(Offices.Excludes(Office("prime-minister"), Office("president")));
        Assert.True(Offices.Excludes(Office("governor"), Office("senator")));
        Assert.False(Offices.Excludes(Office("president"), Office("commander-in-chief")));
        Assert.True(Offices.Combines(Office("general"), Office("chief-of-army-staff")));
        Assert.All(Offices.Offices, a => Assert.All(Offices.Offices, b => Assert.False(Offices.Excludes(a, b) && Offices.Combines(a, b))));
    }

    [Fact]
    public void An_office_paired_with_itself_is_held_for_one_jurisdiction_at_a_time()
    {
        Assert.True(Offices.Excludes(Office("senator"), Office("senator")));
        Assert.False(Offices.Excludes(Office("ambassador"), Office("ambassador")));
        Assert.DoesNotContain(Office("senator"), Offices.ExcludedBy(Office("senator")));
    }

    [Fact]
    public void Knows_levels_and_plural_forms()
    {
        Assert.Equal(OfficeLevel.Party, Office("presidential-nominee").Level);
        Assert.Equal(OfficeLevel.State, Office("governor").Level);
        Assert.True(Office("general").IsRank);
        Assert.True(Offices.IsPluralForm("Sens."));
        Assert.True(Offices.IsPluralForm("Senators"));
        Assert.False(Offices.IsPluralForm("Sen."));
    }

    [Theory]
    [InlineData("[office]\npresident | single | planet | President")]
    [InlineData("[office]\npresident | one | country | President")]
    [InlineData("[office]\npresident | single | country | President\n[excludes]\npresident | emperor")]
    [InlineData("[office]\na | single | country | A\nb | single | country | B\n[excludes]\na | b\n[combines]\nb | a")]
    public void Refuses_a_lexicon_it_cannot_read(string content) =>
        Assert.Throws<FormatException>(() => new OfficeLexicon(LexiconResource.ParseLines(content)));

    [Fact]
    public void States_lie_in_their_country_and_parties_in_theirs()
    {
        Assert.Equal("Indiana", Jurisdictions.Find("Indiana"));
        Assert.Equal("Indiana", Jurisdictions.FindState("IN"));
        Assert.Equal("Indiana", Jurisdictions.FindState("Ind"));
        Assert.Equal("New York", Jurisdictions.FindState("N.Y."));
        Assert.Null(Jurisdictions.Find("IN"));
        Assert.Equal("United States", Jurisdictions.CountryOf("Texas"));
        Assert.Equal("United States", Jurisdictions.CountryOf("Republican Party"));
        Assert.Equal("Russia", Jurisdictions.CountryOf("Russia"));
        Assert.Null(Jurisdictions.CountryOf("Oversight Committee"));
        Assert.True(Jurisdictions.Contains("United States", "Texas"));
        Assert.False(Jurisdictions.Contains("Texas", "Florida"));
    }
}
