using Attribution.Documents;
using Attribution.Sources;

namespace Attribution.Tests.Rules;

public class ATTR016SpeakerDiffersFromSourceTests
{
    private const string Source = """
        The council met on Monday.

        “We will not raise taxes this year,” said Mayor Anna Berg. Councillor Tom Reed said: “The deficit is too large to ignore.”
        """;

    private static IReadOnlyList<Attribution.Analyzers.Diagnostic> Run(string article, string source = Source) =>
        RuleTester.Run(article, "ATTR016", CheckerOptions.Default with
        {
            Sources = new SingleSource(new SourceDocument("https://example.org/council", Document.FromText("council.txt", source))),
        });

    [Fact]
    public void Words_the_source_gives_to_another_person_are_reported_with_both_speakers()
    {
        const string article = "“We will not raise taxes this year,” said Councillor Tom Reed after the meeting.";
        var found = Assert.Single(Run(article));
        Assert.Equal("“We will not raise taxes this year,”", RuleTester.At(article, found));
        Assert.Equal("'We will not raise taxes this …' is credited to Tom Reed here, but https://example.org/council gives it to Anna Berg", found.Message);
        Assert.Equal("Councillor Tom Reed", RuleTester.At(article, Assert.Single(found.RelatedLocations).Span));
        Assert.Equal(["council.txt(3,43): the source credits the words to Anna Berg"], found.Notes);
    }

    [Fact]
    public void A_near_match_counts_as_well()
    {
        Assert.Single(Run("“We will not raise any taxes this year,” said Councillor Tom Reed."));
    }

    [Fact]
    public void The_same_speaker_named_differently_is_not_reported()
    {
        Assert.Empty(Run("“We will not raise taxes this year,” said Berg."));
        Assert.Empty(Run("“We will not raise taxes this year,” Mayor Anna Berg told reporters."));
    }

    [Fact]
    public void Words_repeated_in_the_source_by_the_article_speaker_are_not_reported()
    {
        const string source = Source + "\n\nLater Councillor Tom Reed said: “We will not raise taxes this year.”";
        Assert.Empty(Run("“We will not raise taxes this year,” said Councillor Tom Reed.", source));
    }

    [Fact]
    public void A_source_that_names_no_speaker_or_an_unnamed_speaker_says_nothing()
    {
        Assert.Empty(Run("“We will not raise taxes this year,” said Councillor Tom Reed.", "We will not raise taxes this year, the statement read."));
        Assert.Empty(Run("“We will not raise taxes this year,” officials said.", Source));
    }

    [Fact]
    public void An_organisation_passing_on_the_words_is_not_a_speaker_of_its_own()
    {
        Assert.Empty(Run("Berg promised “we will not raise taxes this year”, the City Council said.", Source));
        Assert.Empty(Run("“We will not raise taxes this year,” said Councillor Tom Reed.", "“We will not raise taxes this year,” the Kremlin said."));
    }
}
