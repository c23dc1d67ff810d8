using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

/// <summary>
/// Which token texts the tokenizer shares on a thread: a word of the lists from one document to the next, any
/// other word within its own document only.
/// </summary>
public class TokenWordSharingTests
{
    private static List<Token> Words(string text) =>
        [.. SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).Tokens.SelectMany(sentence => sentence).Where(t => t.IsWord)];

    [Fact]
    public void A_listed_word_is_kept_from_one_document_to_the_next()
    {
        var first = Words("He said the plan would fail.").Single(t => t.Text == "said");
        var next = Words("Officials said nothing.").Single(t => t.Text == "said");

        Assert.Same(first.Text, next.Text);
        Assert.Same(first.LowerCaseText, next.LowerCaseText);
    }

    [Fact]
    public void Each_way_of_writing_a_listed_word_keeps_its_own_classes()
    {
        Words("SAID said Said sAID.");
        var again = Words("Said SAID sAID said.");

        Assert.Equal(["Said", "SAID", "sAID", "said"], again.Select(t => t.Text));
        Assert.All(again, token => Assert.True(WordClassifier.Default.Classify(token.Text) == token.Classes, token.Text));
        Assert.All(again, token => Assert.Equal("said", token.LowerCaseText));
    }

    [Fact]
    public void Another_word_is_shared_within_its_document_and_let_go_after_it()
    {
        var first = Words("Zubrowska spoke first. Then Zubrowska left.").Where(t => t.Text == "Zubrowska").ToList();
        var later = Words("Zubrowska returned.").Single(t => t.Text == "Zubrowska");

        Assert.Equal(2, first.Count);
        Assert.Same(first[0].Text, first[1].Text);
        Assert.NotSame(first[0].Text, later.Text);
    }
}
