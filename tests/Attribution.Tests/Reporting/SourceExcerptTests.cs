using Attribution.Reporting;
using Attribution.Text;

namespace Attribution.Tests.Reporting;

public class SourceExcerptTests
{
    private static SourceExcerpt Excerpt(string text, string word, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(word, start + 1, StringComparison.Ordinal);
        }
        return SourceExcerpt.Of(new SourceText(text), new TextSpan(start, start + word.Length));
    }

    [Fact]
    public void A_short_line_is_shown_whole_with_the_span_in_it()
    {
        var excerpt = Excerpt("First line.\r\nGenral Kayani met the delegation.\nLast line.", "Genral");
        Assert.Equal(2, excerpt.Line);
        Assert.Equal("Genral Kayani met the delegation.", excerpt.Text);
        Assert.Equal("Genral", excerpt.Text[excerpt.SpanStart..excerpt.SpanEnd]);
    }

    [Fact]
    public void A_long_line_is_trimmed_around_the_span_with_ellipses_and_keeps_the_span()
    {
        var line = string.Concat(Enumerable.Repeat("The council met on Monday and talked. ", 10)) + "Genral Kayani spoke. " + string.Concat(Enumerable.Repeat("Nothing else happened that day. ", 10));
        var excerpt = Excerpt(line, "Genral");
        Assert.True(excerpt.Text.Length <= SourceExcerpt.MaxLength, excerpt.Text);
        Assert.StartsWith("…", excerpt.Text);
        Assert.EndsWith("…", excerpt.Text);
        Assert.Equal("Genral", excerpt.Text[excerpt.SpanStart..excerpt.SpanEnd]);
        // Cut between words, not inside one.
        Assert.False(char.IsWhiteSpace(excerpt.Text[1]));
        Assert.True(char.IsWhiteSpace(line[line.IndexOf(excerpt.Text[1..^1], StringComparison.Ordinal) - 1]));
        Assert.False(char.IsWhiteSpace(excerpt.Text[^2]));
    }

    [Fact]
    public void The_end_of_a_long_line_is_shown_without_a_trailing_ellipsis()
    {
        var line = string.Concat(Enumerable.Repeat("The council met on Monday and talked. ", 10)) + "Genral Kayani spoke.";
        var excerpt = Excerpt(line, "Kayani");
        Assert.EndsWith("Kayani spoke.", excerpt.Text);
        Assert.InRange(excerpt.Text.Length, SourceExcerpt.MaxLength - 14, SourceExcerpt.MaxLength - 1);
        Assert.Matches("^… ?The ", excerpt.Text);
        Assert.Equal("Kayani", excerpt.Text[excerpt.SpanStart..excerpt.SpanEnd]);
    }

    [Fact]
    public void A_span_over_two_lines_is_cut_at_the_end_of_its_first()
    {
        var text = "He said: “We will\nbuild it.”";
        var excerpt = SourceExcerpt.Of(new SourceText(text), new TextSpan(text.IndexOf('“'), text.Length));
        Assert.Equal("He said: “We will", excerpt.Text);
        Assert.Equal("“We will", excerpt.Text[excerpt.SpanStart..excerpt.SpanEnd]);
    }

    [Fact]
    public void Carets_stand_under_the_span_after_tabs()
    {
        var (line, carets) = Excerpt("\tGenral\tKayani", "Kayani").Render();
        Assert.Equal("    Genral  Kayani", line);
        Assert.Equal("            ^^^^^^", carets);
    }

    [Fact]
    public void Wide_characters_take_two_columns_and_combining_marks_none()
    {
        // 東京 is two wide characters (four columns); the e with a combining acute accent takes one column.
        var (line, carets) = Excerpt("東京 Cafe\u0301 Genral", "Genral").Render();
        Assert.Equal("東京 Cafe\u0301 Genral", line);
        Assert.Equal(new string(' ', 10) + "^^^^^^", carets);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_one_character_not_two()
    {
        var (_, carets) = Excerpt("\U0001D400 Genral", "Genral").Render();
        Assert.Equal("  ^^^^^^", carets);
    }

    [Fact]
    public void An_empty_span_points_at_its_place()
    {
        var excerpt = SourceExcerpt.Of(new SourceText("one two"), new TextSpan(3, 3));
        Assert.Equal("   ^", excerpt.Render().Carets);
    }
}
