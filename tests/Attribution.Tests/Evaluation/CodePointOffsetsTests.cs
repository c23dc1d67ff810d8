using Attribution.Evaluation.Corpus;

namespace Attribution.Tests.Evaluation;

public class CodePointOffsetsTests
{
    [Fact]
    public void Offsets_are_unchanged_when_the_text_has_no_surrogate_pair()
    {
        const string text = "Caf\u00e9 “open” all night";
        var offsets = new CodePointOffsets(text);

        Assert.Equal(text.Length, offsets.CodePointLength);
        Assert.True(offsets.TryToUtf16(5, out var utf16));
        Assert.Equal(5, utf16);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_shifts_later_offsets_by_one()
    {
        // "😀 Ann said “yes”." : the emoji is one code point and two UTF-16 code units.
        const string text = "\U0001F600 Ann said “yes”.";
        var offsets = new CodePointOffsets(text);

        Assert.Equal(text.Length - 1, offsets.CodePointLength);
        Assert.True(offsets.TryToUtf16(2, out var start));
        Assert.True(offsets.TryToUtf16(5, out var end));
        Assert.Equal("Ann", text[start..end]);
    }

    [Fact]
    public void Two_astral_characters_in_a_row_are_counted_once_each()
    {
        const string text = "\U0001F600\U0001F44D ok";
        var offsets = new CodePointOffsets(text);

        Assert.True(offsets.TryToUtf16(3, out var start));
        Assert.True(offsets.TryToUtf16(5, out var end));
        Assert.Equal("ok", text[start..end]);
        Assert.True(offsets.TryToUtf16(offsets.CodePointLength, out var last));
        Assert.Equal(text.Length, last);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Offsets_outside_the_text_are_refused(int codePoint)
    {
        var offsets = new CodePointOffsets("\U0001F600 text");

        Assert.False(offsets.TryToUtf16(codePoint, out _));
    }
}
