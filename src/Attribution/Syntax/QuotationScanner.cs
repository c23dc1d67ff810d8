using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>
/// Pairs quotation marks paragraph by paragraph. Curly marks say which way they face; straight ones are
/// read from context. A single mark is an apostrophe unless it can open or close a quotation
/// (Pakistan ‘s, didn’t, ’90s are apostrophes). A paragraph that ends inside a double quotation continues
/// it when the next paragraph reopens with a quotation mark, as news style does for long quotes, past any page
/// furniture set between the two (<see cref="PageFurniture"/>).
/// </summary>
public static class QuotationScanner
{
    private sealed class Open(int markStart, char mark, bool isDouble, int depth)
    {
        public int MarkStart { get; } = markStart;
        public char Mark { get; } = mark;
        public bool IsDouble { get; } = isDouble;
        public int Depth { get; } = depth;
        public int ContentStart { get; set; } = markStart + 1;
        public List<TextSpan> Fragments { get; } = [];
    }

    public static (IReadOnlyList<Quotation> Quotations, IReadOnlyList<UnbalancedMark> Unbalanced) Scan(
        string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<QuoteRegion> regions)
    {
        var quotations = new List<Quotation>();
        var unbalanced = new List<UnbalancedMark>();
        Open? carried = null;
        var carriedTo = -1;
        Open? continuedOnNextLine = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p].Span;
            var stack = new List<Open>();
            var i = paragraph.Start;
            if (carried is not null && p == carriedTo)
            {
                // The paragraph reopens the carried quotation with its own opening mark.
                var reopening = IsDoubledApostrophe(text, i, paragraph.End) ? 2 : 1;
                carried.ContentStart = i + reopening;
                stack.Add(carried);
                carried = null;
                i += reopening;
            }
            else if (continuedOnNextLine is not null)
            {
                stack.Add(continuedOnNextLine);
                continuedOnNextLine = null;
            }
            for (; i < paragraph.End; i++)
            {
                // Straight to the next mark: most of a paragraph has none.
                var toMark = text.AsSpan(i, paragraph.End - i).IndexOfAny(QuoteMarks.All);
                if (toMark < 0)
                {
                    break;
                }
                i += toMark;
                var c = text[i];
                if (c is QuoteMarks.StraightDouble or QuoteMarks.StraightSingle && i > paragraph.Start && text[i - 1] == '=')
                {
                    // name="value": markup left in the text, not a quotation.
                    var close = text.IndexOf(c, i + 1, paragraph.End - i - 1);
                    i = close < 0 ? paragraph.End : close;
                    continue;
                }
                if (c == QuoteMarks.StraightSingle && i + 1 < paragraph.End && text[i + 1] == QuoteMarks.StraightSingle
                    && !(i > paragraph.Start && char.IsLetter(text[i - 1]) && i + 2 < paragraph.End && char.IsLetter(text[i + 2])))
                {
                    // ''…'': two apostrophes typed for a double mark, as some wire copy does.
                    HandleDouble(text, i, paragraph, stack, quotations, unbalanced, width: 2);
                    i++;
                }
                else if (QuoteMarks.IsDouble(c))
                {
                    HandleDouble(text, i, paragraph, stack, quotations, unbalanced);
                }
                else
                {
                    HandleSingle(text, i, paragraph, stack, quotations);
                }
            }
            // What is still open at the paragraph's end.
            var openDouble = stack.FindIndex(o => o.IsDouble);
            if (openDouble >= 0)
            {
                var outer = stack[openDouble];
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1].Span : default;
                var following = PageFurniture.NextParagraphOfText(text, paragraphs, p, Reopens);
                if (following >= 0 && Reopens(text, paragraphs[following].Span) && outer.Depth == 0)
                {
                    outer.Fragments.Add(TrimSpan(text, new TextSpan(outer.ContentStart, paragraph.End)));
                    if (carried is not null)
                    {
                        // A quotation still carried over the furniture this paragraph stands in is not reopened after all.
                        unbalanced.Add(new UnbalancedMark(new TextSpan(carried.MarkStart, carried.MarkStart + 1), IsOpening: true));
                    }
                    carried = outer;
                    carriedTo = following;
                }
                else if (!next.IsEmpty && outer.Depth == 0 && IsLineBreakInsideQuotation(text, paragraph, next))
                {
                    outer.Fragments.Add(TrimSpan(text, new TextSpan(outer.ContentStart, paragraph.End)));
                    outer.ContentStart = next.Start;
                    continuedOnNextLine = outer;
                }
                else
                {
                    unbalanced.Add(new UnbalancedMark(new TextSpan(outer.MarkStart, outer.MarkStart + 1), IsOpening: true));
                }
            }
        }
        if (carried is not null)
        {
            unbalanced.Add(new UnbalancedMark(new TextSpan(carried.MarkStart, carried.MarkStart + 1), IsOpening: true));
        }
        AddMarkedRegions(text, regions, quotations);
        quotations.Sort((a, b) => a.Span.CompareTo(b.Span));
        return (quotations, unbalanced);
    }

    private static void HandleDouble(string text, int i, TextSpan paragraph, List<Open> stack, List<Quotation> quotations, List<UnbalancedMark> unbalanced, int width = 1)
    {
        var c = width == 2 ? QuoteMarks.StraightDouble : text[i];
        if (c == QuoteMarks.StraightDouble && width == 1 && IsInchMark(text, i, paragraph))
        {
            return;
        }
        var openIndex = stack.FindLastIndex(o => o.IsDouble);
        var opening = IsOpeningContext(text, i, paragraph, width);
        var closing = IsClosingContext(text, i, paragraph, width);
        var opens = c switch
        {
            // A left mark typed where a right one belongs ("Mostly False.“") still closes the open quotation.
            QuoteMarks.LeftDouble or QuoteMarks.LowDouble or QuoteMarks.LeftGuillemet => !(openIndex >= 0 && (closing && !opening || EndsParagraph(text, i, paragraph))),
            // A right mark typed where a left one belongs (a paragraph opening with ”) still opens one.
            QuoteMarks.RightDouble or QuoteMarks.RightGuillemet => openIndex < 0 && (opening && !closing || StartsParagraph(text, i, paragraph)),
            // A straight mark closes an open quotation, and opens one only where a quotation can begin.
            _ => openIndex < 0 ? !closing || opening : opening && !closing && stack[openIndex].Mark != '"',
        };
        if (opens)
        {
            stack.Add(new Open(i, c, isDouble: true, depth: stack.Count) { ContentStart = i + width });
            return;
        }
        if (openIndex < 0)
        {
            unbalanced.Add(new UnbalancedMark(new TextSpan(i, i + width), IsOpening: false));
            return;
        }
        Close(text, stack, openIndex, i, QuotationMarking.DoubleMarks, quotations, width);
    }

    /// <summary>
    /// A single line break (no blank line) where the next line closes the open quotation before opening any:
    /// a quotation broken over two lines, not two paragraphs.
    /// </summary>
    private static bool IsLineBreakInsideQuotation(string text, TextSpan paragraph, TextSpan next)
    {
        if (text.AsSpan(paragraph.End, next.Start - paragraph.End).Count('\n') != 1)
        {
            return false;
        }
        for (var i = next.Start; i < next.End; i++)
        {
            switch (text[i])
            {
                case QuoteMarks.RightDouble:
                    return true;
                case QuoteMarks.LeftDouble:
                    return false;
                case QuoteMarks.StraightDouble:
                    return IsClosingContext(text, i, next);
            }
        }
        return false;
    }

    /// <summary>A paragraph that starts with a double quotation mark, reopening a quotation carried from before it.</summary>
    private static bool Reopens(string text, TextSpan paragraph) =>
        text[paragraph.Start] is QuoteMarks.LeftDouble or QuoteMarks.StraightDouble or QuoteMarks.LowDouble or QuoteMarks.LeftGuillemet
        || IsDoubledApostrophe(text, paragraph.Start, paragraph.End);

    private static bool IsDoubledApostrophe(string text, int i, int end) =>
        i + 1 < end && text[i] == QuoteMarks.StraightSingle && text[i + 1] == QuoteMarks.StraightSingle;

    private static bool StartsParagraph(string text, int i, TextSpan paragraph) => text.AsSpan(paragraph.Start, i - paragraph.Start).Trim().IsEmpty;

    private static bool EndsParagraph(string text, int i, TextSpan paragraph) => text.AsSpan(i + 1, paragraph.End - i - 1).Trim().IsEmpty;

    /// <summary>6'3" and 27": a straight double mark right after a number measures inches.</summary>
    private static bool IsInchMark(string text, int i, TextSpan paragraph)
    {
        var before = i - 1;
        if (before >= paragraph.Start && text[before] is '\'' or '’')
        {
            before--;
        }
        return before >= paragraph.Start && char.IsDigit(text[before]) && (i + 1 >= paragraph.End || !char.IsLetterOrDigit(text[i + 1]));
    }

    private static void HandleSingle(string text, int i, TextSpan paragraph, List<Open> stack, List<Quotation> quotations)
    {
        var c = text[i];
        var openIndex = stack.FindLastIndex(o => !o.IsDouble);
        if (openIndex >= 0 && c != QuoteMarks.LeftSingle && IsClosingContext(text, i, paragraph) && !IsApostropheInWord(text, i, paragraph))
        {
            Close(text, stack, openIndex, i, QuotationMarking.SingleMarks, quotations);
            return;
        }
        if (c != QuoteMarks.RightSingle && IsOpeningContext(text, i, paragraph) && !IsElision(text, i, paragraph))
        {
            stack.Add(new Open(i, c, isDouble: false, depth: stack.Count));
        }
        // Otherwise an apostrophe.
    }

    private static void Close(string text, List<Open> stack, int openIndex, int closeAt, QuotationMarking marking, List<Quotation> quotations, int width = 1)
    {
        var open = stack[openIndex];
        // Marks opened inside and never closed were apostrophes after all.
        stack.RemoveRange(openIndex, stack.Count - openIndex);
        var fragments = new List<TextSpan>(open.Fragments) { TrimSpan(text, new TextSpan(open.ContentStart, closeAt)) };
        fragments.RemoveAll(f => f.IsEmpty);
        if (fragments.Count == 0)
        {
            return;
        }
        quotations.Add(new Quotation(new TextSpan(open.MarkStart, closeAt + width), fragments, marking, open.Depth));
    }

    /// <summary>Start of text, or after a space, a dash, a bracket or another opening mark; and a word follows.</summary>
    private static bool IsOpeningContext(string text, int i, TextSpan paragraph, int width = 1)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + width < paragraph.End ? text[i + width] : ' ';
        var beforeOk = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':' or QuoteMarks.LeftDouble or QuoteMarks.StraightDouble or QuoteMarks.LeftSingle or QuoteMarks.StraightSingle;
        return beforeOk && !char.IsWhiteSpace(after);
    }

    /// <summary>After a word or punctuation, and before a space, punctuation or the paragraph's end.</summary>
    private static bool IsClosingContext(string text, int i, TextSpan paragraph, int width = 1)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + width < paragraph.End ? text[i + width] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    /// <summary>A mark between two letters (didn’t, O’Brien) is part of the word.</summary>
    private static bool IsApostropheInWord(string text, int i, TextSpan paragraph) =>
        i > paragraph.Start && i + 1 < paragraph.End && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>‘s, ’t, ’90s, ’em, ‘n’: an apostrophe that only looks like an opening mark.</summary>
    private static bool IsElision(string text, int i, TextSpan paragraph)
    {
        var j = i + 1;
        while (j < paragraph.End && char.IsLetterOrDigit(text[j]))
        {
            j++;
        }
        var word = text[(i + 1)..j];
        if (word.Length > 0 && word.All(char.IsDigit))
        {
            return true;
        }
        var endsWord = j >= paragraph.End || !char.IsLetter(text[j]);
        return endsWord && Lexicons.ContractionEndings.Contains(word);
    }

    /// <summary>
    /// Adds the quotations the markup marks (q, blockquote). Each element deepens the marked quotations inside it and
    /// replaces one that fills it. Only quotations whose words start inside the element can be inside it, so the
    /// quotations are kept in the order their words start and each element reads its own stretch of them: a page of
    /// thousands of marked quotations costs what it holds, not the square of it.
    /// </summary>
    private static void AddMarkedRegions(string text, IReadOnlyList<QuoteRegion> regions, List<Quotation> quotations)
    {
        if (regions.Count == 0)
        {
            return;
        }
        var byContentStart = quotations.OrderBy(q => q.ContentCover.Start).ToList();
        foreach (var region in regions)
        {
            var content = TrimSpan(text, region.Span);
            if (content.IsEmpty)
            {
                continue;
            }
            var marking = region.Kind == QuoteRegionKind.Block ? QuotationMarking.BlockElement : QuotationMarking.InlineElement;
            var first = FirstWithContentFrom(byContentStart, content.Start);
            var end = first;
            while (end < byContentStart.Count && byContentStart[end].ContentCover.Start <= content.End)
            {
                end++;
            }
            var kept = first;
            for (var k = first; k < end; k++)
            {
                var quotation = byContentStart[k];
                // A marked quotation that fills the whole element is the same quotation: the element wins.
                if (quotation.Depth == 0 && content.Contains(quotation.ContentCover) && quotation.ContentCover.Length * 10 >= content.Length * 9)
                {
                    continue;
                }
                byContentStart[kept++] = region.Kind == QuoteRegionKind.Block && content.Contains(quotation.Span)
                    ? quotation with { Depth = quotation.Depth + 1 }
                    : quotation;
            }
            byContentStart.RemoveRange(kept, end - kept);
            var added = new Quotation(region.Span, [content], marking, 0);
            byContentStart.Insert(FirstWithContentFrom(byContentStart, content.Start + 1), added);
        }
        quotations.Clear();
        quotations.AddRange(byContentStart);
    }

    /// <summary>The first quotation, in the order their words start, whose words start at or after <paramref name="start"/>.</summary>
    private static int FirstWithContentFrom(List<Quotation> byContentStart, int start)
    {
        var (low, high) = (0, byContentStart.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (byContentStart[middle].ContentCover.Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static TextSpan TrimSpan(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }
}
