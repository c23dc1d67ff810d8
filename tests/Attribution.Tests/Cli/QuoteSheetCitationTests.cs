using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>attrib quotes prints each statement's citations beside it, in text and in JSON, at their places in the file.</summary>
public class QuoteSheetCitationTests
{
    [Fact]
    public void Json_citations_give_kind_outlet_and_the_span_of_the_credit_in_the_file()
    {
        var (code, output, _) = CliRunner.RunIn(RuleTester.RepositoryRoot, "quotes", "samples/seed-article.txt", "--format", "json");
        Assert.Equal(0, code);
        var source = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt"));
        using var json = JsonDocument.Parse(output);
        var citations = json.RootElement.GetProperty("files")[0].GetProperty("quotes").EnumerateArray()
            .SelectMany(q => q.GetProperty("citations").EnumerateArray())
            .ToList();
        var told = citations.First(c => c.GetProperty("form").GetString() == "told");
        Assert.Equal("credit", told.GetProperty("kind").GetString());
        Assert.Equal("Associated Press of Pakistan", told.GetProperty("outlet").GetString());
        Assert.Equal("APP", source[told.GetProperty("start").GetInt32()..told.GetProperty("end").GetInt32()]);
        var lenta = citations.First(c => c.GetProperty("url").GetString() == "www.lenta.ru");
        Assert.Equal("www.lenta.ru", source[lenta.GetProperty("start").GetInt32()..lenta.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void The_text_sheet_shows_a_link_under_its_quotation()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "post.md"),
            "The council met on Monday night.\n\n“We will open the pier in May,” the mayor said, [according to Reuters](https://www.reuters.com/a).\n");
        var (code, output, _) = CliRunner.RunIn(folder.Path, "quotes", "post.md");
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var quote = lines.FindIndex(l => l.Contains("We will open the pier in May"));
        Assert.True(quote >= 0, output);
        var cited = lines.Skip(quote + 1).TakeWhile(l => l.StartsWith("      cites: ", StringComparison.Ordinal)).ToList();
        Assert.Contains("      cites: markdown link “according to Reuters” → https://www.reuters.com/a [Reuters]", cited);
        Assert.Contains("      cites: according to “Reuters” [Reuters]", cited);
    }
}
