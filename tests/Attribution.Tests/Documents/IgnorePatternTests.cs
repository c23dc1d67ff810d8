using Attribution.Documents;

namespace Attribution.Tests.Documents;

public sealed class IgnorePatternTests
{
    private static bool Ignores(string line, string path, bool isDirectory = false)
    {
        var pattern = IgnorePattern.Parse(line);
        Assert.NotNull(pattern);
        return pattern.IsMatch(path, isDirectory);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    [InlineData("!")]
    [InlineData("abc\\")]
    [InlineData("[abc")]
    [InlineData("[[:nope:]]")]
    public void LinesThatMatchNothingAreDropped(string line) => Assert.Null(IgnorePattern.Parse(line));

    [Theory]
    [InlineData("*.log", "debug.log", true)]
    [InlineData("*.log", "logs/debug.log", true)]
    [InlineData("*.log", "debug.log.txt", false)]
    [InlineData("draft", "a/b/draft", true)]
    [InlineData("draft", "a/draft/b", false)]
    [InlineData("*", "a/b", true)]
    [InlineData("?.txt", "a.txt", true)]
    [InlineData("?.txt", "ab.txt", false)]
    [InlineData(".hidden*", "x/.hidden-notes", true)]
    public void APatternWithoutSlashMatchesTheNameAtAnyDepth(string line, string path, bool expected) =>
        Assert.Equal(expected, Ignores(line, path));

    [Theory]
    [InlineData("/top.txt", "top.txt", true)]
    [InlineData("/top.txt", "sub/top.txt", false)]
    [InlineData("/*.txt", "a.txt", true)]
    [InlineData("/*.txt", "sub/a.txt", false)]
    [InlineData("doc/frotz", "doc/frotz", true)]
    [InlineData("doc/frotz", "a/doc/frotz", false)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "docs/x/a.md", false)]
    [InlineData("a?c", "a/c", false)]
    public void ASlashAtTheStartOrInTheMiddleAnchorsThePattern(string line, string path, bool expected) =>
        Assert.Equal(expected, Ignores(line, path));

    [Theory]
    [InlineData("**/tmp", "tmp", true)]
    [InlineData("**/tmp", "a/b/tmp", true)]
    [InlineData("**/a/b", "x/y/a/b", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "ab", false)]
    [InlineData("a/**", "a/b/c", true)]
    [InlineData("a/**", "a", false)]
    [InlineData("**", "any/thing", true)]
    [InlineData("**foo", "xfoo", true)]
    [InlineData("**foo", "x/foo", true)]
    [InlineData("a/**foo", "a/x/foo", false)]
    [InlineData("a/***/b", "a/x/y/b", true)]
    public void DoubleAsteriskMatchesAcrossDirectoriesOnlyAsAWholeSegment(string line, string path, bool expected) =>
        Assert.Equal(expected, Ignores(line, path));

    [Theory]
    [InlineData("build/", "build", true, true)]
    [InlineData("build/", "build", false, false)]
    [InlineData("build/", "src/build", true, true)]
    [InlineData("doc/frotz/", "doc/frotz", true, true)]
    [InlineData("doc/frotz/", "a/doc/frotz", true, false)]
    public void ATrailingSlashMatchesDirectoriesOnly(string line, string path, bool isDirectory, bool expected) =>
        Assert.Equal(expected, Ignores(line, path, isDirectory));

    [Theory]
    [InlineData("\\#hash", "#hash", true)]
    [InlineData("\\!bang", "!bang", true)]
    [InlineData("\\*", "*", true)]
    [InlineData("\\*", "x", false)]
    [InlineData("foo\\ ", "foo ", true)]
    [InlineData("foo   ", "foo", true)]
    [InlineData("foo\\\\", "foo\\", true)]
    [InlineData("a\\?c", "abc", false)]
    [InlineData("a\\?c", "a?c", true)]
    public void BackslashEscapesAndTrailingSpaces(string line, string path, bool expected) =>
        Assert.Equal(expected, Ignores(line, path));

    [Theory]
    [InlineData("*.[oa]", "x.o", true)]
    [InlineData("*.[oa]", "x.c", false)]
    [InlineData("[!a]*", "abc", false)]
    [InlineData("[^a]*", "bcd", true)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[a-c]x", "dx", false)]
    [InlineData("[]]x", "]x", true)]
    [InlineData("[a-]x", "-x", true)]
    [InlineData("[[:digit:]]*", "7-notes", true)]
    [InlineData("[[:upper:]]*", "notes", false)]
    [InlineData("a[!b]c", "a/c", false)]
    [InlineData("a[--0]c", "a/c", false)]
    public void BracketExpressionsMatchOneCharacterOtherThanSlash(string line, string path, bool expected) =>
        Assert.Equal(expected, Ignores(line, path));

    [Fact]
    public void NegationIsMarkedAndMatchesLikeThePatternItself()
    {
        var pattern = IgnorePattern.Parse("!keep.log");

        Assert.NotNull(pattern);
        Assert.True(pattern.IsNegated);
        Assert.True(pattern.IsMatch("logs/keep.log", isDirectory: false));
    }

    [Fact]
    public void MatchingIsCaseSensitive() => Assert.False(Ignores("*.LOG", "x.log"));

    [Fact]
    public void CarriageReturnsOfWindowsLineEndsAreIgnored() => Assert.True(Ignores("*.log\r", "x.log"));

    [Fact]
    public void InAnIgnoreFileTheLastMatchingPatternDecides()
    {
        var file = IgnoreFile.Parse("/repo", "# drafts\n*.txt\n!keep*.txt\nkeep-not.txt\n");

        Assert.False(file.Match("a.txt", isDirectory: false)!.IsNegated);
        Assert.True(file.Match("keep.txt", isDirectory: false)!.IsNegated);
        Assert.False(file.Match("keep-not.txt", isDirectory: false)!.IsNegated);
        Assert.Null(file.Match("a.md", isDirectory: false));
    }

    [Fact]
    public void AnInnerIgnoreFileOverridesAnOuterOne()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");
        var sub = Path.Combine(root, "sub");
        var rules = IgnoreRules.Empty
            .With(IgnoreFile.Parse(root, "*.txt\n"))
            .With(IgnoreFile.Parse(sub, "!keep.txt\n/local.md\n"));

        Assert.True(rules.IsIgnored(Path.Combine(root, "a.txt"), isDirectory: false));
        Assert.True(rules.IsIgnored(Path.Combine(sub, "a.txt"), isDirectory: false));
        Assert.False(rules.IsIgnored(Path.Combine(sub, "keep.txt"), isDirectory: false));
        Assert.True(rules.IsIgnored(Path.Combine(sub, "local.md"), isDirectory: false));
        Assert.False(rules.IsIgnored(Path.Combine(root, "local.md"), isDirectory: false));
        Assert.False(rules.IsIgnored(Path.Combine(sub, "deeper", "local.md"), isDirectory: false));
    }
}
