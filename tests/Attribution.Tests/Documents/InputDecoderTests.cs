using System.Text;
using Attribution.Documents;

namespace Attribution.Tests.Documents;

public sealed class InputDecoderTests : IDisposable
{
    private const string Article = "“We will rebuild,” said Ana Veloso.\r\nCafé — naïve 🙂 end.";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private DecodedInput DecodeFile(string name, byte[] bytes)
    {
        var path = _temp.WriteBytes(name, bytes);
        Assert.True(InputDecoder.TryDecode(File.ReadAllBytes(path), name, out var input));
        return input;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    [Fact]
    public void Utf8WithoutByteOrderMark()
    {
        var input = DecodeFile("plain.txt", Encoding.UTF8.GetBytes(Article));

        Assert.Equal(Article, input.Text);
        Assert.Equal("utf-8", input.EncodingName);
        Assert.False(input.HasByteOrderMark);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsStrippedSoOffsetsStartAtTheText()
    {
        var input = DecodeFile("bom.txt", Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Article)));

        Assert.Equal(Article, input.Text);
        Assert.Equal('“', input.Text[0]);
        Assert.Equal("utf-8", input.EncodingName);
        Assert.True(input.HasByteOrderMark);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void UnicodeEncodingsWithByteOrderMark(string name)
    {
        Encoding encoding = name switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        var input = DecodeFile(name + ".txt", Concat(encoding.GetPreamble(), encoding.GetBytes(Article)));

        Assert.Equal(Article, input.Text);
        Assert.Equal(name, input.EncodingName);
        Assert.True(input.HasByteOrderMark);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0x61, 0xC3, 0xA9, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x42, 0xDE })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x01, 0xF6, 0x42 })]
    public void TheReturnedEncodingWritesTheFileBackByteForByte(byte[] bytes)
    {
        var input = DecodeFile("roundtrip.txt", bytes);

        Assert.Equal(bytes, Concat(input.Encoding.GetPreamble(), input.Encoding.GetBytes(input.Text)));
    }

    [Fact]
    public void HtmlDeclaringWindows1252IsDecodedWithIt()
    {
        var bytes = Concat(
            Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>"),
            [0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x4A, 0x6F, 0x73, 0xE9],
            Encoding.ASCII.GetBytes("</p></body></html>"));

        var input = DecodeFile("legacy.html", bytes);

        Assert.Equal("windows-1252", input.EncodingName);
        Assert.Contains("<p>“Hi” said José</p>", input.Text, StringComparison.Ordinal);
        Assert.Equal(bytes, input.Encoding.GetBytes(input.Text));
    }

    [Theory]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1252'>")]
    [InlineData("<meta charset=latin1 />")]
    [InlineData("<!-- <meta charset=\"utf-8\"> --><meta charset=\"cp1252\">")]
    public void HtmlCharsetDeclarationsAreFoundInTheirUsualForms(string head)
    {
        var input = DecodeFile("page.htm", Concat(Encoding.ASCII.GetBytes($"<html><head>{head}</head><body>"), [0x93, 0x61, 0x94]));

        Assert.Equal("windows-1252", input.EncodingName);
        Assert.EndsWith("“a”", input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclarationAfterTheFirst1024BytesIsNotHonoured()
    {
        var bytes = Concat(Encoding.ASCII.GetBytes("<html><head><!--" + new string('x', 1100) + "--><meta charset=windows-1252></head>"), [0x93]);

        var input = DecodeFile("late.html", bytes);

        Assert.Equal("utf-8", input.EncodingName);
        Assert.Equal('\uFFFD', input.Text[^1]);
        Assert.Equal($"not valid UTF-8 at byte {bytes.Length - 1}: bytes that fit no character are read as U+FFFD", Assert.Single(input.Notices).Message);
    }

    [Fact]
    public void AByteOrderMarkWinsOverADeclaredCharset()
    {
        var input = DecodeFile("bom.html", Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes("<meta charset=windows-1252><p>“é”</p>")));

        Assert.Equal("utf-8", input.EncodingName);
        Assert.EndsWith("<p>“é”</p>", input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclaredCharsetIsIgnoredOutsideHtml()
    {
        var bytes = Concat(Encoding.ASCII.GetBytes("<meta charset=windows-1252> "), [0x93]);

        var input = DecodeFile("notes.txt", bytes);

        Assert.Equal("<meta charset=windows-1252> \uFFFD", input.Text);
        Assert.StartsWith("not valid UTF-8 at byte 28: ", Assert.Single(input.Notices).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsReadAsReplacementCharactersWithANoticeNamingTheByte()
    {
        var input = DecodeFile("broken.txt", Concat(Encoding.UTF8.GetBytes("abé"), [0xC3, 0x28]));

        Assert.Equal("abé\uFFFD(", input.Text);
        Assert.Equal(new InputNotice("not valid UTF-8 at byte 4: bytes that fit no character are read as U+FFFD", 1), Assert.Single(input.Notices));
    }

    [Fact]
    public void InvalidUtf8OffsetsCountTheByteOrderMark()
    {
        var input = DecodeFile("bom.txt", [0xEF, 0xBB, 0xBF, 0x61, 0xFF]);

        Assert.Equal("a\uFFFD", input.Text);
        Assert.StartsWith("not valid UTF-8 at byte 4: ", Assert.Single(input.Notices).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsupportedDeclaredCharsetIsNamedAndTheFileReadAsUtf8()
    {
        var input = DecodeFile("odd.html", Concat(Encoding.ASCII.GetBytes("<meta charset=x-made-up>"), [0x93]));

        Assert.Equal("<meta charset=x-made-up>\uFFFD", input.Text);
        Assert.Equal(
            ["the declared charset 'x-made-up' is not one a browser knows; read as UTF-8", "not valid UTF-8 at byte 24: bytes that fit no character are read as U+FFFD"],
            input.Notices.Select(n => n.Message));
    }

    [Fact]
    public void Utf16WithAnUnpairedSurrogateReadsItAsAReplacementCharacter()
    {
        var input = DecodeFile("lone.txt", [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x62, 0x00]);

        Assert.Equal("a\uFFFDb", input.Text);
        Assert.Equal("not valid UTF-16LE at byte 4: unpaired surrogate, read as U+FFFD", Assert.Single(input.Notices).Message);
    }

    [Fact]
    public void Utf16WithAnOddNumberOfBytesEndsInAReplacementCharacter()
    {
        var input = DecodeFile("odd.txt", [0xFE, 0xFF, 0x00, 0x61, 0x00]);

        Assert.Equal("a\uFFFD", input.Text);
        Assert.Equal("not valid UTF-16BE at byte 4: the file ends inside a character, read as U+FFFD", Assert.Single(input.Notices).Message);
    }

    [Fact]
    public void Utf32OutsideUnicodeIsAReplacementCharacter()
    {
        var input = DecodeFile("big.txt", [0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00, 0x61, 0x00, 0x00, 0x00]);

        Assert.Equal("\uFFFDa", input.Text);
        Assert.Equal("not valid UTF-32LE at byte 4: U+110000 is not a Unicode scalar value, read as U+FFFD", Assert.Single(input.Notices).Message);
    }

    [Fact]
    public void NulBytesWithoutAByteOrderMarkMeanBinary()
    {
        var path = _temp.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        Assert.False(InputDecoder.TryDecode(File.ReadAllBytes(path), "image.txt", out var input));
        Assert.Null(input);
        Assert.True(InputDecoder.IsBinary(File.ReadAllBytes(path)));
    }

    [Fact]
    public void NulBytesAfterAUtf16ByteOrderMarkAreText()
    {
        Assert.False(InputDecoder.IsBinary([0xFF, 0xFE, 0x61, 0x00]));
        Assert.True(InputDecoder.TryDecode([0xFF, 0xFE, 0x61, 0x00], "a.txt", out var input));
        Assert.Equal("a", input.Text);
    }

    [Fact]
    public void AnEmptyFileIsEmptyUtf8Text()
    {
        var input = DecodeFile("empty.txt", []);

        Assert.Equal("", input.Text);
        Assert.Equal("utf-8", input.EncodingName);
    }

    [Fact]
    public void TheUtf16SampleArticleDecodes()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "content", "pages", "interview-utf16.txt");
        var bytes = File.ReadAllBytes(path);

        Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes[..2]);
        Assert.True(InputDecoder.TryDecode(bytes, "interview-utf16.txt", out var input));
        Assert.Equal("utf-16le", input.EncodingName);
        Assert.Contains(" said", input.Text, StringComparison.Ordinal);
        Assert.Contains("officials who spoke on condition of anonymity", input.Text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Attribution.sln")))
            {
                return directory;
            }
        }
        throw new InvalidOperationException("The repository root (with Attribution.sln) was not found above the test binaries.");
    }
}
