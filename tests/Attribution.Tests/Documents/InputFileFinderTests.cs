using Attribution.Documents;

namespace Attribution.Tests.Documents;

public sealed class InputFileFinderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private InputFileSet Find(params string[] arguments) => Find(new InputFileOptions(), arguments);

    private InputFileSet Find(InputFileOptions options, params string[] arguments) =>
        new InputFileFinder(options with { WorkingDirectory = _temp.Path }).Find(arguments);

    private static string[] Paths(InputFileSet set) => [.. set.Files.Select(f => f.DisplayPath)];

    [Fact]
    public void ADirectoryIsWalkedForSupportedFilesInOrdinalOrder()
    {
        _temp.Write("content/b.txt");
        _temp.Write("content/B.txt");
        _temp.Write("content/a/z.txt");
        _temp.Write("content/a.text");
        _temp.Write("content/image.png");
        _temp.Write("content/notes.md.bak");

        var set = Find("content");

        Assert.Equal(["content/B.txt", "content/a.text", "content/a/z.txt", "content/b.txt"], Paths(set));
        Assert.Empty(set.Skipped);
        Assert.Empty(set.Errors);
    }

    [Fact]
    public void TheOrderDoesNotDependOnTheArgumentsAndDuplicatesAreRemoved()
    {
        _temp.Write("a/1.txt");
        _temp.Write("b/2.txt");

        var forward = Find("a", "b", "a/1.txt", "./a/../a/1.txt");
        var backward = Find("b/2.txt", "b", "a");

        Assert.Equal(["a/1.txt", "b/2.txt"], Paths(forward));
        Assert.Equal(Paths(forward), Paths(backward));
    }

    [Fact]
    public void FilesCarryFullAndDisplayPaths()
    {
        var full = _temp.Write("content/pages/one.txt");

        var file = Assert.Single(Find(_temp["content"]).Files);

        Assert.Equal(full, file.FullPath);
        Assert.Equal("content/pages/one.txt", file.DisplayPath);
    }

    [Fact]
    public void DisplayPathsOutsideTheWorkingDirectoryStartWithDotDot()
    {
        _temp.Write("elsewhere/one.txt");
        var options = new InputFileOptions { WorkingDirectory = _temp.CreateDirectory("work") };

        var set = new InputFileFinder(options).Find(["../elsewhere"]);

        Assert.Equal("../elsewhere/one.txt", Assert.Single(set.Files).DisplayPath);
    }

    [Fact]
    public void GitignoreAndAttribignoreAreHonouredWithNegationAndDirectoryPatterns()
    {
        _temp.Write("site/.gitignore", "*.draft.txt\n!keep.draft.txt\nprivate/\n/top-only.txt\n");
        _temp.Write("site/.attribignore", "archive\n");
        _temp.Write("site/a.txt");
        _temp.Write("site/x.draft.txt");
        _temp.Write("site/keep.draft.txt");
        _temp.Write("site/private/secret.txt");
        _temp.Write("site/nested/private/secret.txt");
        _temp.Write("site/private.txt");
        _temp.Write("site/top-only.txt");
        _temp.Write("site/nested/top-only.txt");
        _temp.Write("site/archive/old.txt");
        _temp.Write("site/nested/archive");

        var set = Find("site");

        Assert.Equal(["site/a.txt", "site/keep.draft.txt", "site/nested/top-only.txt", "site/private.txt"], Paths(set));
    }

    [Fact]
    public void NestedIgnoreFilesApplyBelowTheirDirectoryAndOverrideOuterOnes()
    {
        _temp.Write(".gitignore", "*.txt\n");
        _temp.Write("sub/.gitignore", "!*.txt\nlocal.txt\n");
        _temp.Write("sub/.attribignore", "!local.txt\nagain.txt\n");
        _temp.Write("top.txt");
        _temp.Write("sub/kept.txt");
        _temp.Write("sub/local.txt");
        _temp.Write("sub/again.txt");
        _temp.Write("sub/deeper/kept-too.txt");

        var set = Find(".");

        Assert.Equal(["sub/deeper/kept-too.txt", "sub/kept.txt", "sub/local.txt"], Paths(set));
    }

    [Fact]
    public void AFileInsideAnIgnoredDirectoryCannotBeReincluded()
    {
        _temp.Write(".gitignore", "drafts/\n!drafts/keep.txt\n");
        _temp.Write("drafts/keep.txt");
        _temp.Write("final.txt");

        Assert.Equal(["final.txt"], Paths(Find(".")));
    }

    [Fact]
    public void IgnoreFilesInParentsApplyUpToTheRepositoryRoot()
    {
        _temp.Write(".gitignore", "*.txt\n");
        _temp.CreateDirectory("repo/.git");
        _temp.Write("repo/.gitignore", "/content/drafts/\n*.old.txt\n");
        _temp.Write("repo/content/.gitignore", "!*.old.txt\nlocal-only.txt\n");
        _temp.Write("repo/content/drafts/a.txt");
        _temp.Write("repo/content/pages/a.txt");
        _temp.Write("repo/content/pages/b.old.txt");
        _temp.Write("repo/content/pages/c.old.txt");
        _temp.Write("repo/content/pages/local-only.txt");
        _temp.Write("repo/content/pages/.gitignore", "c.old.txt\n");

        Assert.Equal(["repo/content/pages/a.txt", "repo/content/pages/b.old.txt"], Paths(Find("repo/content/pages")));
        Assert.Equal(["repo/content/pages/a.txt", "repo/content/pages/b.old.txt"], Paths(Find("repo/content")));
    }

    [Fact]
    public void OutsideARepositoryIgnoreFilesApplyUpToTheWorkingDirectory()
    {
        _temp.Write("project/.attribignore", "*.tmp.txt\n");
        _temp.Write("project/content/a.txt");
        _temp.Write("project/content/a.tmp.txt");
        var options = new InputFileOptions { WorkingDirectory = _temp["project"] };

        Assert.Equal(["content/a.txt"], Paths(new InputFileFinder(options).Find(["content"])));
        Assert.Equal(["project/content/a.txt"], Paths(Find("project/content")));

        var below = new InputFileOptions { WorkingDirectory = _temp["project/content"] };
        Assert.Equal(["a.tmp.txt", "a.txt"], Paths(new InputFileFinder(below).Find(["."])));
    }

    [Fact]
    public void TheRepositoryInfoExcludeFileIsHonoured()
    {
        _temp.Write("repo/.git/info/exclude", "scratch.txt\n");
        _temp.Write("repo/scratch.txt");
        _temp.Write("repo/article.txt");

        Assert.Equal(["repo/article.txt"], Paths(Find("repo")));
    }

    [Fact]
    public void HiddenDirectoriesAndNodeModulesAreSkippedButBinAndObjAreOrdinaryDirectories()
    {
        _temp.Write(".git/notes.txt");
        _temp.Write("bin/a.txt");
        _temp.Write("obj/b.txt");
        _temp.Write(".github/c.txt");
        _temp.Write("node_modules/pkg/d.md");

        Assert.Equal(["bin/a.txt", "obj/b.txt"], Paths(Find(".")));
        Assert.Equal([".github/c.txt"], Paths(Find(".github")));
    }

    [Fact]
    public void AnExplicitlyNamedFileIsCheckedEvenWhenIgnored()
    {
        _temp.Write(".gitignore", "*.txt\ndrafts/\n");
        _temp.Write("ignored.txt");
        _temp.Write("drafts/draft.txt");

        var set = Find("ignored.txt", "drafts/draft.txt", ".");

        Assert.Equal(["drafts/draft.txt", "ignored.txt"], Paths(set));
        Assert.Empty(set.Errors);
    }

    [Fact]
    public void AnExplicitFileWithoutAReaderIsAnInputError()
    {
        _temp.Write("notes.pdf");
        _temp.Write("README");
        _temp.Write("ok.txt");

        var set = Find("notes.pdf", "README", "ok.txt");

        Assert.Equal(["ok.txt"], Paths(set));
        var supported = string.Join(", ", DocumentReaders.Default.Extensions.Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                $"notes.pdf: unsupported input: no reader for .pdf files (supported: {supported})",
                $"README: unsupported input: no reader for files without an extension (supported: {supported})",
            ],
            set.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AMissingPathIsAnErrorAndTheOthersAreStillExpanded()
    {
        _temp.Write("here.txt");

        var set = Find("missing.txt", "here.txt", "gone/");

        Assert.Equal(["here.txt"], Paths(set));
        Assert.Equal(["missing.txt: no such file or directory", "gone/: no such file or directory"], set.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AnEmptyArgumentIsAnError() =>
        Assert.Equal("empty path", Assert.Single(Find("").Errors).Message);

    [Fact]
    public void BinaryFilesAreLeftToTheRunThatReadsThem()
    {
        _temp.WriteBytes("content/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        _temp.WriteBytes("content/utf16.txt", [0xFF, 0xFE, 0x61, 0x00]);

        var set = Find("content");

        Assert.Equal(["content/photo.txt", "content/utf16.txt"], Paths(set));
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void FilesLargerThanTheDefaultLimitAreSkipped()
    {
        _temp.WriteBytes("big.txt", [.. Enumerable.Repeat((byte)'a', (2 * 1024 * 1024) + 1)]);
        _temp.WriteBytes("limit.txt", [.. Enumerable.Repeat((byte)'a', 2 * 1024 * 1024)]);

        var set = Find(".");

        Assert.Equal(["limit.txt"], Paths(set));
        var skipped = Assert.Single(set.Skipped);
        Assert.Equal(SkipReason.TooLarge, skipped.Reason);
        Assert.Equal("skipped: 2.0 MiB, larger than the 2 MiB limit for one file", skipped.Message);
    }

    [Fact]
    public void TheSizeLimitIsConfigurableAndAppliesToExplicitFiles()
    {
        _temp.Write("long.txt", new string('a', 1025));

        var set = Find(new InputFileOptions { MaxFileSize = 1024 }, "long.txt");

        Assert.Empty(set.Files);
        Assert.Equal("long.txt: skipped: 1.0 KiB, larger than the 1 KiB limit for one file", Assert.Single(set.Skipped).ToString());
    }

    [Fact]
    public void GlobsMatchWithDoubleStarStarAndQuestionMark()
    {
        _temp.Write("content/a.txt");
        _temp.Write("content/news/b.txt");
        _temp.Write("content/news/2024/c.txt");
        _temp.Write("content/news/2024/c.text");
        _temp.Write("other/d.txt");
        _temp.Write("x1.txt");
        _temp.Write("x22.txt");

        Assert.Equal(["content/a.txt", "content/news/2024/c.txt", "content/news/b.txt"], Paths(Find("content/**/*.txt")));
        Assert.Equal(["content/news/b.txt"], Paths(Find("content/*/*.txt")));
        Assert.Equal(["x1.txt", "x22.txt"], Paths(Find("*.txt")));
        Assert.Equal(["x1.txt"], Paths(Find("x?.txt")));
        Assert.Equal(["content/news/2024/c.text", "content/news/2024/c.txt"], Paths(Find("content/**/c.*")));
        Assert.Equal(["other/d.txt", "x1.txt"], Paths(Find("[ox]*/*.txt", "x[0-9].txt")));
    }

    [Fact]
    public void AnAbsoluteGlobIsExpandedFromItsDirectory()
    {
        _temp.Write("content/a.txt");

        var set = Find(_temp["content"] + "/*.txt");

        Assert.Equal(["content/a.txt"], Paths(set));
    }

    [Fact]
    public void GlobsHonourIgnoreFilesAndSkipUnsupportedFiles()
    {
        _temp.CreateDirectory(".git");
        _temp.Write(".attribignore", "drafts/\n*.tmp.txt\n");
        _temp.Write("content/a.txt");
        _temp.Write("content/a.tmp.txt");
        _temp.Write("content/drafts/b.txt");
        _temp.Write("content/c.pdf");

        var set = Find("content/**");

        Assert.Equal(["content/a.txt"], Paths(set));
        Assert.Empty(set.Errors);
    }

    [Fact]
    public void AGlobThatMatchesNothingIsAnInputError()
    {
        _temp.Write("content/a.txt");

        var set = Find("content/*.md", "nowhere/*.txt");

        Assert.Empty(set.Files);
        Assert.Equal(["content/*.md: no matching files", "nowhere/*.txt: no matching files"], set.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void TheReadersInTheOptionsDecideWhatIsAnArticle()
    {
        _temp.Write("a.txt");
        _temp.Write("b.md");
        var readers = new DocumentReaders([new MarkdownStub()]);

        var set = Find(new InputFileOptions { Readers = readers }, ".");

        Assert.Equal(["b.md"], Paths(set));
    }

    private sealed class MarkdownStub : IDocumentReader
    {
        public IReadOnlyList<string> Extensions { get; } = [".md"];

        public Document Read(string path, string content) => Document.FromText(path, content);
    }

    [Fact]
    public void ALinkToADirectoryIsNotFollowedWhileALinkToAFileIsCheckedWithItsTargetsSize()
    {
        var elsewhere = _temp.Write("elsewhere/a.txt", "The council met on Monday.");
        _temp.Write("elsewhere/large.txt", new string('a', 3000));
        _temp.Write("site/b.txt");
        File.CreateSymbolicLink(_temp["site/linked"], _temp["elsewhere"]);
        File.CreateSymbolicLink(_temp["site/alias.txt"], elsewhere);
        File.CreateSymbolicLink(_temp["site/large-alias.txt"], _temp["elsewhere/large.txt"]);
        File.CreateSymbolicLink(_temp["site/broken.txt"], _temp["nowhere.txt"]);

        var set = Find(new InputFileOptions { MaxFileSize = 2000 }, "site");

        Assert.Equal(["site/alias.txt", "site/b.txt", "site/broken.txt"], Paths(set));
        Assert.Equal("site/large-alias.txt", Assert.Single(set.Skipped).File.DisplayPath);
        Assert.Empty(set.Errors);
    }
}
