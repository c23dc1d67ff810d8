using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Tests.Lexicon;

public class RoleModifierLexiconTests
{
    [Theory]
    [InlineData("former", RoleModifiers.Former)]
    [InlineData("Ex", RoleModifiers.Former)]
    [InlineData("then", RoleModifiers.Then)]
    [InlineData("would-be", RoleModifiers.Future)]
    [InlineData("incoming", RoleModifiers.Elect)]
    public void Gives_each_listed_word_its_modifier_without_case(string word, RoleModifiers modifier) =>
        Assert.Equal(modifier, RoleModifierLexicon.Load()[word]);

    [Fact]
    public void A_title_after_a_listed_word_carries_its_modifier()
    {
        var tree = SyntaxTree.Parse(new Attribution.Documents.ArticleLoader().Parse("The erstwhile Prime Minister Tony Blair spoke.", "article.txt"));
        var title = Assert.Single(Assert.Single(tree.Mentions, m => m.Surname == "Blair").Titles);
        Assert.Equal(RoleModifiers.Former, title.Modifiers);
    }
}
