using Attribution.Evaluation;

namespace Attribution.Tests.Evaluation;

public class EvaluationOptionsTests
{
    [Fact]
    public void The_split_alone_uses_the_library_extractor_and_three_examples()
    {
        Assert.True(EvaluationOptions.TryParse(["corpus/dev"], out var options, out _));

        Assert.Equal(new EvaluationOptions("corpus/dev", null, 3, "library", false), options);
    }

    [Fact]
    public void Reads_every_option_in_either_form()
    {
        Assert.True(EvaluationOptions.TryParse(["--floors", "floors.json", "corpus/dev", "--examples=0", "--extractor", "naive"], out var options, out _));

        Assert.Equal(new EvaluationOptions("corpus/dev", "floors.json", 0, "naive", false), options);
    }

    [Theory]
    [InlineData(new string[0], "the split directory is missing")]
    [InlineData(new[] { "dev", "--examples", "-1" }, "--examples needs a whole number")]
    [InlineData(new[] { "dev", "--extractor", "magic" }, "unknown extractor 'magic'")]
    [InlineData(new[] { "dev", "--threads", "2" }, "unknown option '--threads'")]
    [InlineData(new[] { "dev", "--floors" }, "option '--floors' needs a value")]
    [InlineData(new[] { "dev", "train" }, "unexpected argument 'train'")]
    public void Bad_arguments_are_explained(string[] args, string message)
    {
        Assert.False(EvaluationOptions.TryParse(args, out _, out var error));

        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
