using Attribution.Documents;
using Attribution.Syntax;

namespace Attribution.Tests.Syntax;

public class QuotationScannerTests
{
    private static (IReadOnlyList<string> Quotes, IReadOnlyList<UnbalancedMark> Unbalanced) Scan(string text)
    {
        var tree = SyntaxTree.Parse(Document.FromText("t.txt", text));
        return (tree.Quotations.Select(q => string.Join(" | ", q.Content.Select(c => text[c.Start..c.End]))).ToList(), tree.UnbalancedMarks);
    }

    [Fact]
    public void Pairs_curly_and_straight_double_marks()
    {
        var (quotes, unbalanced) = Scan("“One,” she said, and \"two\" too.");
        Assert.Equal(["One,", "two"], quotes);
        Assert.Empty(unbalanced);
    }

    [Fact]
    public void Tells_apostrophes_from_single_quotation_marks()
    {
        var (quotes, unbalanced) = Scan("Pakistan ‘s army didn’t wait for the ’90s, calling it ‘a new era’ at once.");
        Assert.Equal(["a new era"], quotes);
        Assert.Empty(unbalanced);
    }

    [Fact]
    public void Keeps_nested_quotations_with_their_depth()
    {
        var text = "“He called it ‘a disgrace’ twice,” she said.";
        var tree = SyntaxTree.Parse(Document.FromText("t.txt", text));
        Assert.Contains(tree.Quotations, q => q.Depth == 1 && text[q.Content[0].Start..q.Content[0].End] == "a disgrace");
        Assert.Contains(tree.Quotations, q => q.Depth == 0);
    }

    [Fact]
    public void Joins_a_quotation_that_runs_over_paragraphs_reopened_with_a_mark()
    {
        var (quotes, unbalanced) = Scan("“The first paragraph.\n\n“The second one ends it.”");
        Assert.Equal(["The first paragraph. | The second one ends it."], quotes);
        Assert.Empty(unbalanced);
    }

    [Fact]
    public void Carries_a_quotation_over_page_furniture_to_the_paragraph_that_reopens_it()
    {
        var text = "“The club has won 25 trophies under him.\n\nMore from the city\n\nStudents under siege in university\n\n"
            + "The bridge at dusk (Image: Getty)\n\n“He is known for his tactics,” the club said.";
        var (quotes, unbalanced) = Scan(text);
        Assert.Equal(["The club has won 25 trophies under him. | He is known for his tactics,"], quotes);
        Assert.Empty(unbalanced);
    }

    [Theory]
    [InlineData("“The club has won 25 trophies.\n\nHe is known for his tactics.\n\n“Later,” she said.")]
    [InlineData("“The club has won 25 trophies.\n\nMore from the city\n\nHe is known for his tactics.\n\n“Later,” she said.")]
    [InlineData("“The club has won 25 trophies.\n\nMore from the city\n\nStudents under siege in university")]
    public void Reports_a_quotation_that_no_paragraph_after_the_furniture_reopens(string text)
    {
        var mark = Assert.Single(Scan(text).Unbalanced);
        Assert.True(mark.IsOpening);
        Assert.Equal(0, mark.Span.Start);
    }

    [Fact]
    public void Joins_a_quotation_broken_over_two_lines()
    {
        var (quotes, unbalanced) = Scan("\"The reality is hard.\nS.C. Rep. Jim Clyburn.\"");
        Assert.Single(quotes);
        Assert.Empty(unbalanced);
    }

    [Theory]
    [InlineData("It was labeled “Mostly False.“ by the fact checkers.")]
    [InlineData("” … and that was all,” he said.")]
    [InlineData("“They see that. “")]
    public void Tolerates_marks_that_face_the_wrong_way(string text) => Assert.Empty(Scan(text).Unbalanced);

    [Theory]
    [InlineData("Trump is 6'3\" tall and weighs 236 pounds.")]
    [InlineData("<tweet tweet-id=\"783499116076687360\"><tweet/>.")]
    public void Ignores_inch_marks_and_markup_attributes(string text)
    {
        var (quotes, unbalanced) = Scan(text);
        Assert.Empty(quotes);
        Assert.Empty(unbalanced);
    }

    [Fact]
    public void Reports_a_closing_mark_with_no_opening_one_and_pairs_the_rest()
    {
        var text = "A review of [his] systems\" including his health. The only \"medical records\" were a letter.";
        var (quotes, unbalanced) = Scan(text);
        Assert.Equal(["medical records"], quotes);
        var mark = Assert.Single(unbalanced);
        Assert.False(mark.IsOpening);
        Assert.Equal(text.IndexOf('"'), mark.Span.Start);
    }

    [Fact]
    public void Two_apostrophes_typed_for_a_double_mark_pair_up()
    {
        var text = "''We are ready,'' she said. ''The boats are.''";
        var tree = SyntaxTree.Parse(Document.FromText("t.txt", text));
        Assert.Equal(["We are ready,", "The boats are."], tree.Quotations.Select(q => text[q.Content[0].Start..q.Content[0].End]));
        Assert.All(tree.Quotations, q => Assert.Equal(QuotationMarking.DoubleMarks, q.Marking));
        Assert.Equal("''We are ready,''", text[tree.Quotations[0].Span.Start..tree.Quotations[0].Span.End]);
        Assert.Empty(tree.UnbalancedMarks);
    }

    [Fact]
    public void A_quotation_in_two_apostrophes_runs_over_paragraphs()
    {
        var (quotes, unbalanced) = Scan("''The first paragraph.\n\n''The second one ends it.''");
        Assert.Equal(["The first paragraph. | The second one ends it."], quotes);
        Assert.Empty(unbalanced);
    }
}
