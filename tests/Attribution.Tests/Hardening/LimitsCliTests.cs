using Attribution.Cli;

namespace Attribution.Tests.Hardening;

/// <summary>The limits a run applies, as a user meets them: a clear line for the file that passed one, the others checked.</summary>
public sealed class LimitsCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, _temp.Path);
        return (code, output.ToString(), error.ToString());
    }

    private void WriteLarge(string name, int bytes) => _temp.Write(name, string.Concat(Enumerable.Repeat("The council met on Monday. ", (bytes / 27) + 1))[..bytes]);

    [Fact]
    public void A_file_named_explicitly_over_the_size_limit_is_reported_with_its_size_and_the_limit()
    {
        WriteLarge("big.txt", 2_500_000);
        _temp.Write("small.txt", "The council met on Monday.\n");

        var (code, output, _) = Run("check", "big.txt", "small.txt");

        Assert.Equal(0, code);
        Assert.Contains("big.txt: skipped: 2.4 MiB, larger than the 2 MiB limit for one file", output, StringComparison.Ordinal);
        Assert.Contains("1 file checked", output, StringComparison.Ordinal);
        Assert.Contains("1 file skipped", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3MiB")]
    [InlineData("3 MB")]
    [InlineData("2600000")]
    public void Max_file_size_raises_the_limit(string size)
    {
        WriteLarge("big.txt", 2_500_000);

        var (code, output, _) = Run("check", "big.txt", "--max-file-size", size);

        Assert.Equal(0, code);
        Assert.Contains("1 file checked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_file_size_lowers_the_limit()
    {
        WriteLarge("post.txt", 2_000);

        var (_, output, _) = Run("check", "post.txt", "--max-file-size", "1KiB");

        Assert.Contains("post.txt: skipped: 2.0 KiB, larger than the 1 KiB limit for one file", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("-1")]
    [InlineData("0")]
    public void A_size_that_is_not_one_is_a_usage_error(string size)
    {
        _temp.Write("post.txt", "Text.\n");

        var (code, _, error) = Run("check", "post.txt", "--max-file-size", size);

        Assert.Equal(2, code);
        Assert.Contains($"--max-file-size: invalid size '{size}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quote_sheet_says_which_files_it_skipped()
    {
        WriteLarge("big.txt", 3_000);

        var (_, _, error) = Run("quotes", "big.txt", "--max-file-size", "1KiB");

        Assert.Contains("big.txt: skipped: 2.9 KiB, larger than the 1 KiB limit for one file", error, StringComparison.Ordinal);
    }
}
