using System.Runtime.InteropServices;
using Attribution.Documents;

namespace Attribution.Tests.Documents;

public class ArticleLoaderTests
{
    [Fact]
    public void Reads_each_file_to_its_own_end_when_a_long_one_comes_before_a_short_one()
    {
        using var directory = new TempDirectory();
        var longText = string.Join("\n\n", Enumerable.Repeat("“We will not raise taxes,” said Mayor Anna Berg.", 2_000));
        var loader = new ArticleLoader();
        var first = loader.Load(new InputFile(directory.Write("long.txt", longText), "long.txt"))!;
        var second = loader.Load(new InputFile(directory.Write("short.txt", "The council met on Monday.\n"), "short.txt"))!;
        Assert.Equal(Read(longText), first.Text);
        Assert.Equal(Read("The council met on Monday.\n"), second.Text);
        Assert.DoesNotContain("Mayor", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_file_whose_size_is_not_known_before_it_is_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var directory = new TempDirectory();
        var path = directory["piped.txt"];
        Assert.Equal(0, MakeFifo(path, Convert.ToUInt32("600", 8)));
        // A named pipe reports no size: the reader opens it and reads what the writer sends until it closes it.
        var writer = Task.Run(() => File.WriteAllText(path, "“We will not raise taxes,” said Mayor Anna Berg.\n"));
        var document = new ArticleLoader().Load(new InputFile(path, "piped.txt"))!;
        await writer;
        Assert.Equal(Read("“We will not raise taxes,” said Mayor Anna Berg.\n"), document.Text);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_input_error()
    {
        using var directory = new TempDirectory();
        var folder = directory.CreateDirectory("folder.txt");
        var error = Assert.Throws<InputException>(() => new ArticleLoader().Load(new InputFile(folder, "folder.txt")));
        Assert.StartsWith("cannot read the file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_error_message_is_one_line_as_it_is_printed()
    {
        var error = new InputException("cannot read the front matter:\r\n  while scanning a plain scalar\nat line 3");
        Assert.Equal("cannot read the front matter: while scanning a plain scalar at line 3", error.Message);
    }

    /// <summary>The text the plain-text reader takes from the content, as the loader should give it from the file.</summary>
    private static string Read(string content) => new PlainTextDocumentReader().Read("article.txt", content).Text;

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
