using Attribution.Documents;
using Attribution.Text;

namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>
/// What must hold for any input: reading it either gives a document or throws <see cref="InputException"/> (nothing
/// else); every character of the analysed text maps into the original; checking it throws nothing; and every
/// location a diagnostic, related location or fix names lies within the original text.
/// </summary>
public static class FuzzOracle
{
    private static readonly ArticleLoader Loader = new();
    private static readonly Checker Checker = new();

    /// <summary>The whole pipeline from bytes, as a file is checked: decode, read, check.</summary>
    public static void CheckFile(FuzzInput input)
    {
        if (!InputDecoder.TryDecode(input.Bytes, input.Name, out var decoded))
        {
            return; // binary: skipped, not read
        }
        var lines = decoded.Text.AsSpan().Count('\n') + 1;
        Assert.All(decoded.Notices, n => Assert.InRange(n.Line ?? 1, 1, lines));
        CheckText(input.Name, decoded.Text);
    }

    /// <summary>The reader for the name's extension, then the checker, on text that is already decoded.</summary>
    public static void CheckText(string name, string content)
    {
        Document document;
        try
        {
            document = Loader.Parse(content, name);
        }
        catch (InputException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.DoesNotContain('\n', e.Message);
            return;
        }
        var source = document.Source.Length;
        Assert.Equal(content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content, document.Source.Text);
        for (var i = 0; i < document.Text.Length; i++)
        {
            Assert.InRange(document.Map.SourceOffsetAt(i), 0, source);
        }
        AssertWithin(document.Map.ToSource(new TextSpan(0, document.Text.Length)), source);
        foreach (var region in document.QuoteRegions)
        {
            AssertWithin(region.Span, document.Text.Length);
        }

        var result = Checker.Check(document);

        foreach (var diagnostic in result.Diagnostics)
        {
            AssertWithin(diagnostic.Span, source);
            Assert.All(diagnostic.RelatedLocations, r => AssertWithin(r.Span, source));
            Assert.All(diagnostic.Fix?.Edits ?? [], e => AssertWithin(e.Span, source));
        }
    }

    /// <summary>Front matter alone: a block within the text, or an input error with a line inside it.</summary>
    public static void CheckFrontMatter(string content)
    {
        try
        {
            if (FrontMatter.Read(content) is { } frontMatter)
            {
                AssertWithin(frontMatter.Span, content.Length);
            }
        }
        catch (InputException e)
        {
            Assert.InRange(e.Line ?? 1, 1, content.AsSpan().Count('\n') + 1);
        }
    }

    private static void AssertWithin(TextSpan span, int length)
    {
        Assert.InRange(span.Start, 0, length);
        Assert.InRange(span.End, span.Start, length);
    }
}
