using Attribution.Documents;
using Attribution.Reporting;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Tests.Reporting;

/// <summary>The JSON quote sheet written file by file: the bytes of the whole sheet, each file's part handed over as it is written.</summary>
public class QuoteSheetJsonWriterTests
{
    private static (string Path, Attribution.Text.SourceText Source, IReadOnlyList<QuoteEntry> Entries) Sheet(string path, string text)
    {
        var document = new ArticleLoader().Parse(text, path);
        return (path, document.Source, QuoteSheet.Entries(SemanticModel.Build(SyntaxTree.Parse(document))));
    }

    private static readonly (string Path, Attribution.Text.SourceText Source, IReadOnlyList<QuoteEntry> Entries)[] Files =
    [
        Sheet("first.txt", "“We will vote on Monday,” Senator Jane Doe said. She added that the bill would pass, according to Reuters."),
        Sheet("second.txt", "No one was quoted in this one."),
        Sheet("third.txt", "“It is done,” said Mayor Élodie Brun, “and it is ours.”"),
    ];

    [Fact]
    public void Written_file_by_file_it_is_the_whole_sheet_byte_for_byte()
    {
        using var whole = new MemoryStream();
        QuoteSheet.WriteJson(Files, whole);

        var text = new StringWriter();
        using (var writer = new QuoteSheetJsonWriter(text))
        {
            foreach (var (path, _, entries) in Files)
            {
                writer.WriteFile(path, entries);
            }
            writer.WriteEnd();
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(whole.ToArray()), text.ToString());
    }

    [Fact]
    public void Each_file_is_handed_over_as_soon_as_it_is_written()
    {
        var text = new StringWriter();
        using var writer = new QuoteSheetJsonWriter(text);

        writer.WriteFile(Files[0].Path, Files[0].Entries);

        Assert.Contains("\"path\": \"first.txt\"", text.ToString());
        Assert.Contains("Jane Doe", text.ToString());
        Assert.DoesNotContain("second.txt", text.ToString());
    }
}
