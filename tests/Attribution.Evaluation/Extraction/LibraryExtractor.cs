using Attribution.Documents;
using Attribution.Reporting;
using Attribution.Semantics;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Evaluation.Extraction;

/// <summary>
/// The Attribution library's extractor, read through the quote sheet that <c>attrib quotes</c> prints: every
/// statement but scare quotes, its content fragments, cue and speaker mention, in original-file offsets.
/// </summary>
public sealed class LibraryExtractor : IAttributionExtractor
{
    private readonly ArticleLoader _loader = new();

    public IReadOnlyList<PredictedAttribution> Extract(string path, string text)
    {
        var model = new Checker([], CheckerOptions.Default).Check(_loader.Parse(text, Path.GetFileName(path))).Model;
        return QuoteSheet.Entries(model)
            .Where(e => e.Kind is not (StatementKind.Scare or StatementKind.Title))
            .Select(e => new PredictedAttribution([.. e.Content.Select(c => WithMarks(text, c))], e.SpeakerSpan, e.Cue))
            .ToList();
    }

    /// <summary>The quote sheet gives the quoted words; the corpus's contents keep the quotation marks around them.</summary>
    private static TextSpan WithMarks(string text, TextSpan content)
    {
        var start = content.Start > 0 && QuoteMarks.IsQuoteMark(text[content.Start - 1]) ? content.Start - 1 : content.Start;
        var end = content.End < text.Length && QuoteMarks.IsQuoteMark(text[content.End]) ? content.End + 1 : content.End;
        // ''…'': a double mark typed as two apostrophes.
        if (start > 0 && start < content.Start && text[start] == '\'' && text[start - 1] == '\'')
        {
            start--;
        }
        if (end > content.End && end < text.Length && text[end - 1] == '\'' && text[end] == '\'')
        {
            end++;
        }
        return new TextSpan(start, end);
    }
}
