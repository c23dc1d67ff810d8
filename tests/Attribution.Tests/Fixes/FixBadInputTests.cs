namespace Attribution.Tests.Fixes;

/// <summary><c>--fix</c> on files the reader had to repair or refuse: nothing is lost, and the errors are those of a plain check.</summary>
public sealed class FixBadInputTests
{
    [Fact]
    public void A_file_with_bytes_that_fit_no_character_is_not_rewritten()
    {
        using var directory = new TempDirectory();
        byte[] bytes = [.. "Genral Ashfaq Parvez Kayani met the delegation in Moscow "u8, 0xC3, 0x28, .. " on Monday.\n"u8];
        var path = directory.WriteBytes("post.txt", bytes);

        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", "--fix", "post.txt");

        Assert.Contains("post.txt: not written: it has bytes that fit no character", output, StringComparison.Ordinal);
        Assert.Contains("post.txt, line 1: notice: not valid UTF-8", output, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Front_matter_that_cannot_be_read_is_an_input_error_with_its_line()
    {
        using var directory = new TempDirectory();
        directory.Write("post.md", "---\ndate: 2025-13-40\n---\n\nGenral Ashfaq Parvez Kayani met the delegation.\n");

        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "--fix", "post.md");

        Assert.Equal(2, code);
        Assert.Matches(@"post\.md, line 2: error: front matter: 'date': invalid date", output);
    }
}
