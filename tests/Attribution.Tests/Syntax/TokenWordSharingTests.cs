using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

/// <summary>
/// Which token texts the tokenizer shares on a thread: a word of the lists from one document to the next, any
/// other word within its own document only, and a punctuation mark of Latin-1 or of the General Punctuation block
/// everywhere.
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

    private static List<Token> Marks(string text) =>
        [.. SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")).Tokens.SelectMany(sentence => sentence).Where(t => !t.IsWord)];

    [Fact]
    public void Curly_quotation_marks_dashes_and_the_ellipsis_are_one_text_each_in_every_document()
    {
        var first = Marks("\u201cWe won\u2019t stop \u2014 ever\u2026\u201d she said.");
        var next = Marks("\u201cNo \u2014 never\u2026\u201d he said.");

        foreach (var mark in new[] { "\u201c", "\u201d", "\u2014", "\u2026" })
        {
            Assert.Same(first.First(t => t.Text == mark).Text, next.First(t => t.Text == mark).Text);
        }
        Assert.Equal(TokenKind.QuoteMark, next.First(t => t.Text == "\u201c").Kind);
        Assert.Equal(TokenKind.Punctuation, next.First(t => t.Text == "\u2014").Kind);
    }

    [Fact]
    public void A_mark_outside_the_shared_blocks_is_still_a_token_of_its_own()
    {
        var marks = Marks("Prices rose \u2192 fell \u2192 rose.");

        Assert.Equal(["\u2192", "\u2192", "."], marks.Select(t => t.Text));
    }
}
