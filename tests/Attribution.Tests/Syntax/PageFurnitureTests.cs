using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Tests.Syntax;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("More from UK")]
    [InlineData("SEE MORE: Hong Kong protests: students under siege in university")]
    [InlineData("Protesters outside the court (Image: Getty )")]
    [InlineData("'Naive and trusting' student gave list to a stranger, court hears")]
    public void A_short_block_that_does_not_end_as_a_sentence_is_furniture(string block) =>
        Assert.True(PageFurniture.IsFurniture(block, new TextSpan(0, block.Length)));

    [Theory]
    [InlineData("He is known for his tactics.")]
    [InlineData("“Nobody expected it,” she said.")]
    [InlineData("The minister told reporters:")]
    [InlineData("Who will pay for it?")]
    public void A_block_that_ends_as_a_sentence_is_text(string block) =>
        Assert.False(PageFurniture.IsFurniture(block, new TextSpan(0, block.Length)));

    [Fact]
    public void A_long_block_without_a_full_stop_is_text_that_lost_it()
    {
        var block = string.Join(' ', Enumerable.Repeat("the council voted to close the bridge for repairs", 5));
        Assert.False(PageFurniture.IsFurniture(block, new TextSpan(0, block.Length)));
    }
}
