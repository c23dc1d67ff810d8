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

    [Theory]
    [InlineData("The pier moves in a storm, according to the harbour director.", "the harbour director")]
    [InlineData("Over the winter, according to the harbour director, the pier moved twice.", "the harbour director")]
    [InlineData("The pier moved, according to Anna Berg, a harbour engineer, and it will move again.", "Anna Berg, a harbour engineer")]
    public void The_source_after_the_cue_ends_where_the_sentence_goes_on(string text, string source)
    {
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")));
        var statement = Assert.Single(model.Statements);
        Assert.True(statement.Cue!.IsAccordingTo);
        Assert.Equal(source, text[statement.Speaker!.Span.Start..statement.Speaker.Span.End]);
    }
}
