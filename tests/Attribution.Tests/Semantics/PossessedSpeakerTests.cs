using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Tests.Semantics;

public class PossessedSpeakerTests
{
    private static Statement OnlyStatement(string text)
    {
        // The first line of an article is its headline: the statement stands in the second paragraph.
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse("Harbour news\n\n" + text, "article.txt")));
        return Assert.Single(model.Statements);
    }

    [Theory]
    [InlineData("“The pier will hold,” Velden Port's Anna Berg said.", "Anna Berg")]
    [InlineData("“The pier will hold,” said Velden Port’s Anna Berg.", "Anna Berg")]
    [InlineData("“The pier will hold,” Mayor Reed's spokeswoman Anna Berg said.", "Anna Berg")]
    [InlineData("“The pier will hold,” the Velden Times' Anna Berg said.", "Anna Berg")]
    [InlineData("Velden Port's Anna Berg said the pier would hold.", "Anna Berg")]
    public void The_speaker_is_the_person_named_after_the_possessive(string text, string speaker) =>
        Assert.Equal(speaker, OnlyStatement(text).Speaker!.Person!.Name);

    [Theory]
    [InlineData("“The pier will hold,” Tom Reed's campaign said.", "Tom Reed")]
    [InlineData("“The pier will hold,” Tom Reed's office said on Monday.", "Tom Reed")]
    public void A_possessive_with_no_one_named_after_it_stays_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, OnlyStatement(text).Speaker!.Person!.Name);

    [Fact]
    public void The_phrase_keeps_its_owner()
    {
        const string text = "“The pier will hold,” Velden Port's Anna Berg said.";
        var speaker = OnlyStatement(text).Speaker!;
        Assert.Equal("Velden Port's Anna Berg", ("Harbour news\n\n" + text)[speaker.Span.Start..speaker.Span.End]);
    }
}
