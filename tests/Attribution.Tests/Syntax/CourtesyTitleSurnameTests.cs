using Attribution.Documents;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

public class CourtesyTitleSurnameTests
{
    private static IReadOnlyList<Mention> Mentions(string text) => SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).Mentions;

    [Theory]
    [InlineData("The plan worked, Mr. King said.", "King")]
    [InlineData("The plan worked, Dr. King said.", "King")]
    [InlineData("The plan worked, Mr. Jordan said.", "Jordan")]
    [InlineData("The plan worked, said Ms. Washington.", "Washington")]
    [InlineData("The plan worked, Mr. Justice said.", "Justice")]
    [InlineData("The plan worked, Mr. King's office said.", "King")]
    public void A_word_that_is_also_an_office_or_a_place_is_a_surname_after_a_courtesy_title(string text, string surname)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal(MentionKind.Name, mention.Kind);
        Assert.Equal(surname, mention.Name);
        Assert.True(mention.HasHonorific);
        Assert.Empty(mention.Titles);
    }

    [Theory]
    [InlineData("“We thank you, Mr. President, for coming,” she said.")]
    [InlineData("“We thank you, Mr. Speaker,” she said.")]
    [InlineData("“We thank you, Mr. Vice President,” she said.")]
    public void A_form_of_address_names_no_one(string text) =>
        Assert.Empty(Mentions(text).Where(m => m.Kind == MentionKind.Name).Select(m => m.Name));

    [Fact]
    public void A_title_that_a_name_follows_stays_a_title()
    {
        var mention = Assert.Single(Mentions("The plan worked, Mr. Justice Smith said."), m => m.Kind == MentionKind.Name);
        Assert.Equal("Smith", mention.Name);
    }
}
