using Attribution.Documents;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

public class MentionFinderTests
{
    private static Mention First(string text) => SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).Mentions[0];

    [Fact]
    public void A_word_one_letter_from_a_title_before_a_name_is_read_as_the_title_and_stays_out_of_the_name()
    {
        const string text = "Genral Ashfaq Parvez Kayani met the delegation.";
        var mention = First(text);
        var title = Assert.Single(mention.Titles);
        Assert.True(title.IsNearForm);
        Assert.Equal(("General", "Genral"), (title.Form, text[title.FormSpan.Start..title.FormSpan.End]));
        Assert.Equal("Ashfaq Parvez Kayani", mention.Name);
        Assert.Equal("Genral Ashfaq Parvez Kayani", text[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void A_title_written_as_the_lexicon_has_it_is_no_near_form()
    {
        var title = Assert.Single(First("General Ashfaq Parvez Kayani met the delegation.").Titles);
        Assert.False(title.IsNearForm);
        Assert.Equal("General", title.Form);
    }

    [Fact]
    public void Before_a_single_name_word_the_word_is_read_as_part_of_the_name()
    {
        var mention = First("Genral Kayani met the delegation.");
        Assert.Empty(mention.Titles);
        Assert.Equal("Genral Kayani", mention.Name);
    }

    [Theory]
    [InlineData("Prime M’U.S. spoke.")]
    [InlineData("Prime M’U.S. U.S. inister Dmitry Medvedev spoke.")]
    public void A_name_of_nothing_but_a_suffix_is_no_name(string text)
    {
        var mentions = SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).Mentions;
        Assert.All(mentions, m => Assert.True(m.NameSpan.End >= m.NameSpan.Start && m.Span.End >= m.Span.Start));
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Name && text[m.NameSpan.Start..m.NameSpan.End] == "U.S.");
    }
}
