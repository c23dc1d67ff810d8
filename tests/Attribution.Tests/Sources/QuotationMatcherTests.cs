using Attribution.Sources;

namespace Attribution.Tests.Sources;

public class QuotationMatcherTests
{
    private static SourceMatch Find(string quotation, string source) => QuotationMatcher.Find(SourceWords.Of(quotation), SourceWords.Of(source));

    [Fact]
    public void Quotation_marks_dashes_whitespace_case_and_punctuation_do_not_count()
    {
        var match = Find("It's the first step — towards a harbour\nthat never sleeps",
            "He said: \u201CIT\u2019S the first step - towards a harbour that never sleeps,\u201D and left.");
        Assert.Equal(SourceMatchKind.Exact, match.Kind);
        Assert.Equal(new WordRange(2, 10), Assert.Single(match.Places));
    }

    [Fact]
    public void Every_place_the_words_stand_is_found()
    {
        var match = Find("we will not raise taxes", "We will not raise taxes, she said. Then again: we will not raise taxes.");
        Assert.Equal(SourceMatchKind.Exact, match.Kind);
        Assert.Equal([new WordRange(0, 5), new WordRange(9, 5)], match.Places);
    }

    [Fact]
    public void One_word_changed_is_a_near_match_at_the_changed_place()
    {
        var source = "Present were the mayor and two councillors. Councillor Quist said the parking budget cannot carry a second ferry for long. The vote followed.";
        var match = Find("the parking budget cannot carry a night ferry for long", source);
        Assert.Equal(SourceMatchKind.Near, match.Kind);
        var words = SourceWords.Of(source);
        var place = Assert.Single(match.Places);
        Assert.Equal("the parking budget cannot carry a second ferry for long", string.Join(' ', words.Words.Skip(place.Start).Take(place.Count)));
        Assert.InRange(match.Score, QuotationMatcher.NearScore, 99);
    }

    [Fact]
    public void Words_the_source_does_not_contain_are_not_found()
    {
        var match = Find("every crossing after ten will be staffed by two deck hands",
            "From 1 May the ferry runs until midnight. Crossings after ten in the evening are served by the smaller of our two ferries.");
        Assert.Equal(SourceMatchKind.None, match.Kind);
        Assert.Empty(match.Places);
    }

    [Fact]
    public void A_near_match_in_a_large_source_of_common_words_is_found()
    {
        // Two million words of filler that the anchors skip, with the altered sentence in the middle. How fast this is
        // is measured by SourceMatchBenchmarks.
        var filler = string.Concat(Enumerable.Repeat("the council said that the ferry and the budget were on the agenda again ", 150_000));
        var source = filler + "Councillor Quist said the parking budget cannot carry a second ferry for long. " + filler;
        var words = SourceWords.Of(source);
        var match = QuotationMatcher.Find(SourceWords.Of("the parking budget cannot carry a night ferry for long"), words);
        Assert.Equal(SourceMatchKind.Near, match.Kind);
        Assert.Equal("second", words.Words[match.Places[0].Start + 6]);
    }

    [Fact]
    public void The_word_diff_shows_the_changed_words_with_their_neighbours()
    {
        const string article = "to all those injured in the tragic events in Peshawar";
        const string source = "I wish a speedy recovery to all those injured in the tragic events in Peshawar province.";
        var sourceWords = SourceWords.Of(source);
        var diff = WordDiff.Between(article, SourceWords.Of(article), source, sourceWords, new WordRange(5, 11));
        Assert.Equal(["-events in Peshawar", "+events in Peshawar province"], diff.Lines);
    }

    [Fact]
    public void The_word_diff_keeps_the_spelling_and_punctuation_of_each_text()
    {
        const string article = "We can run the new timetable from May, he said";
        const string source = "“We can run the new timetable from the first of May,” he said";
        var diff = WordDiff.Between(article, SourceWords.Of(article), source, SourceWords.Of(source), new WordRange(0, 13));
        Assert.Equal(["-new timetable from May, he said", "+new timetable from the first of May,” he said"], diff.Lines);
    }
}
