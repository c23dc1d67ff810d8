using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Tests.Semantics;

public class AccordingToPhraseTests
{
    private static IReadOnlyList<Token> Tokens(string text) => Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

    [Fact]
    public void The_cue_finder_marks_according_to_and_no_verb_of_saying()
    {
        var cues = CueFinder.Find(Tokens("Berg said the pier moves, according to the Velden Gazette."), 0);
        Assert.Equal(["said", "according to"], cues.Select(c => c.Text));
        Assert.Equal([false, true], cues.Select(c => c.IsAccordingTo));
    }

    [Theory]
    [InlineData("According to Berg, the pier moves.", 0, true)]
    [InlineData("The pier moves, according to Berg.", 4, true)]
    [InlineData("The pier moves accordingly.", 3, false)]
    [InlineData("The pier moves, Berg said.", 4, false)]
    public void A_token_starts_the_phrase_only_as_according(string text, int index, bool starts) =>
        Assert.Equal(starts, AccordingToPhrase.StartsAt(Tokens(text)[index]));

    [Fact]
    public void A_source_that_ends_the_sentence_ends_the_content_before_it()
    {
        const string text = "The pier moves in a storm, according to the harbour director.";
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")));
        var statement = Assert.Single(model.Statements);
        Assert.True(statement.Cue!.IsAccordingTo);
        Assert.Equal("the harbour director", text[statement.Speaker!.Span.Start..statement.Speaker.Span.End]);
    }
}
