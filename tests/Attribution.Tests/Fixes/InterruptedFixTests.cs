using System.Diagnostics;
using Attribution.Documents;
using Attribution.Fixes;

namespace Attribution.Tests.Fixes;

/// <summary>A real attrib process killed while it fixes many files leaves every file either as it was or fully fixed.</summary>
public class InterruptedFixTests
{
    private const string Article = "Talks in Moscow\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow. The Russian Russian president Dmitry Medvedev met them later.\n";

    [Fact]
    public void Every_file_is_old_or_new_after_the_process_is_killed()
    {
        using var directory = new TempDirectory();
        var article = string.Concat(Enumerable.Repeat(Article, 40));
        var old = System.Text.Encoding.UTF8.GetBytes(article);
        var expected = ExpectedFixed(directory, old);
        Assert.NotEqual(old, expected);
        const int count = 400;
        for (var i = 0; i < count; i++)
        {
            directory.WriteBytes($"articles/{i:D3}.txt", old);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "attrib.dll"), "check", "--fix", "articles" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var files = Enumerable.Range(0, count).Select(i => directory[$"articles/{i:D3}.txt"]).ToList();
        var watch = Stopwatch.StartNew();
        // Kill it once the first files are written and before the last one is.
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60) && !files.Any(f => new FileInfo(f).Length != old.Length))
        {
            Thread.Sleep(1);
        }
        Assert.False(process.HasExited, "the run ended before it could be interrupted");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var contents = files.Select(File.ReadAllBytes).ToList();
        Assert.All(contents, bytes => Assert.True(bytes.AsSpan().SequenceEqual(old) || bytes.AsSpan().SequenceEqual(expected), "a file is neither old nor new"));
        Assert.Contains(contents, bytes => bytes.AsSpan().SequenceEqual(expected));
        Assert.Contains(contents, bytes => bytes.AsSpan().SequenceEqual(old));
    }

    /// <summary>The article as --fix writes it, made in process on a copy.</summary>
    private static byte[] ExpectedFixed(TempDirectory directory, byte[] old)
    {
        var path = directory.WriteBytes("reference/article.txt", old);
        var checker = new Checker();
        var outcome = new FileFixer(DocumentReaders.Default, (_, document) => checker.Check(document)).Fix(new InputFile(path, "article.txt"))!;
        Assert.Equal(FileFixStatus.Written, outcome.Status);
        return File.ReadAllBytes(path);
    }
}
