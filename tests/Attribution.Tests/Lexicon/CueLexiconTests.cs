using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Tests.Lexicon;

public class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = new(["said", "asked object", "believes belief", "seems raising", "~according to source-after", "~called for object"]);

    [Theory]
    [InlineData("said", CueKind.Speech)]
    [InlineData("asked", CueKind.Object)]
    [InlineData("believes", CueKind.Belief)]
    [InlineData("seems", CueKind.Raising)]
    public void Reads_each_word_with_its_kind(string word, CueKind kind)
    {
        Assert.True(Lexicon.TryGetWord(word, out var found));
        Assert.Equal(kind, found);
        Assert.True(Lexicon.Words.Contains(word));
    }

    [Fact]
    public void Matches_the_longest_phrase_with_its_kind()
    {
        var tokens = Tokenizer.Tokenize("She called for a recount.", new TextSpan(0, 25));
        Assert.Equal(2, Lexicon.MatchPhrase(tokens, 1, out var kind, out _));
        Assert.Equal(CueKind.Object, kind);
        Assert.Equal(0, Lexicon.MatchPhrase(tokens, 0, out _, out _));
    }

    [Fact]
    public void Marks_the_phrase_that_names_its_source_after_it()
    {
        var tokens = Tokenizer.Tokenize("According to Reuters, she called for a recount.", new TextSpan(0, 47));
        Assert.Equal(2, Lexicon.MatchPhrase(tokens, 0, out var kind, out var namesSourceAfter));
        Assert.Equal(CueKind.Speech, kind);
        Assert.True(namesSourceAfter);
        Assert.Equal(2, Lexicon.MatchPhrase(tokens, 5, out _, out var callNamesSourceAfter));
        Assert.False(callNamesSourceAfter);
        Assert.True(Lexicon.StartsSourceAfterPhrase("According"));
        Assert.False(Lexicon.StartsSourceAfterPhrase("called"));
    }

    [Fact]
    public void The_embedded_lexicon_marks_beliefs_and_requests() =>
        Assert.Equal(
            [CueKind.Speech, CueKind.Object, CueKind.Belief, CueKind.Raising],
            new[] { "said", "urged", "believes", "appears" }.Select(w => Lexicons.Cues.TryGetWord(w, out var k) ? k : (CueKind)(-1)));
}
