using Attribution.Documents;

namespace Attribution.Tests.Documents;

public class PlainTextDocumentReaderTests
{
    private static string? Headline(string content)
    {
        var document = new PlainTextDocumentReader().Read("article.txt", content);
        return document.Headline is { } span ? document.Text[span.Start..span.End] : null;
    }

    [Theory]
    [InlineData("Harbour council approves new ferry timetable\n\nThe council voted on Tuesday.", "Harbour council approves new ferry timetable")]
    [InlineData("Mayor Says Ferry Will Run Every Half Hour.\n\nThe council voted on Tuesday.", "Mayor Says Ferry Will Run Every Half Hour.")]
    [InlineData("Will the bridge ever open?\r\n\r\nThe council voted on Tuesday.", "Will the bridge ever open?")]
    public void A_first_short_line_before_a_blank_line_is_the_headline(string content, string headline) =>
        Assert.Equal(headline, Headline(content));

    [Theory]
    [InlineData("The council voted on Tuesday to run the ferry every half hour.\n\nCommuters welcomed it.")]
    [InlineData("Harbour council approves new ferry timetable\nThe council voted on Tuesday.")]
    [InlineData("Harbour council approves new ferry timetable")]
    public void A_sentence_a_line_without_a_blank_line_after_it_or_a_lone_line_is_no_headline(string content) =>
        Assert.Null(Headline(content));

    [Fact]
    public void A_very_long_first_line_is_no_headline() =>
        Assert.Null(Headline(new string('a', PlainTextDocumentReader.MaxHeadlineLength + 1) + "\n\nMore."));

    [Fact]
    public void The_whole_file_is_the_text_when_nothing_is_cut_and_a_comment_section_is_cut_with_the_space_before_it()
    {
        const string article = "The council voted on Tuesday.\n\nCommuters welcomed it.\n\n";
        // Only white space after the last word: the file's own string, not a copy of it.
        Assert.Same(article, new PlainTextDocumentReader().Read("article.txt", article).Text);
        var withComments = new PlainTextDocumentReader().Read("article.txt", article + "3 Comments\n\nGreat news!\n");
        Assert.Equal("The council voted on Tuesday.\n\nCommuters welcomed it.", withComments.Text);
    }
}
