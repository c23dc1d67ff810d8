using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>
/// Short blocks that a web page sets between the paragraphs of an article, which are not part of its text: a
/// related-stories box ("More from UK" and a list of headlines), a teaser link ("SEE MORE: Students under siege in
/// university"), a picture's caption ("Protesters outside the court (Image: Getty)"). None ends as a sentence does.
/// A quotation that runs over several paragraphs goes on past them to the paragraph that reopens it.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Longer than this, a block without a full stop is prose that lost its stop, not a headline or a label.</summary>
    private const int MaxLength = 200;

    /// <summary>A related-stories box of a heading and several headlines is the most a page sets in one place.</summary>
    private const int MaxBlocks = 12;

    /// <summary>
    /// The paragraph after <paramref name="paragraph"/> that continues its text: the next one, unless that is page
    /// furniture; then the first after the furniture that <paramref name="reopens"/> a quotation or ends as a
    /// sentence does. −1 when there is none.
    /// </summary>
    public static int NextParagraphOfText(string text, IReadOnlyList<Paragraph> paragraphs, int paragraph, Func<string, TextSpan, bool> reopens)
    {
        for (var q = paragraph + 1; q < paragraphs.Count && q <= paragraph + MaxBlocks; q++)
        {
            var span = paragraphs[q].Span;
            if (span.IsEmpty || reopens(text, span) || !IsFurniture(text, span))
            {
                return span.IsEmpty ? -1 : q;
            }
        }
        return paragraph + 1 < paragraphs.Count ? paragraph + 1 : -1;
    }

    /// <summary>A short block that does not end as a sentence does: no full stop, question or exclamation mark, colon or semicolon.</summary>
    internal static bool IsFurniture(string text, TextSpan block)
    {
        if (block.Length > MaxLength)
        {
            return false;
        }
        var end = block.End;
        while (end > block.Start && (char.IsWhiteSpace(text[end - 1]) || QuoteMarks.IsQuoteMark(text[end - 1]) || text[end - 1] is ')' or ']'))
        {
            end--;
        }
        return end > block.Start && text[end - 1] is not ('.' or '!' or '?' or '…' or ':' or ';');
    }
}
