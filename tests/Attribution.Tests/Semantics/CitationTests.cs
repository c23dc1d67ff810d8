using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Semantics.Citations;
using Attribution.Semantics.Citations.Credits;
using Attribution.Syntax;

namespace Attribution.Tests.Semantics;

/// <summary>Citations read from HTML, Markdown and plain text: kinds, targets, outlets and exact places in the original file.</summary>
public class CitationTests
{
    private static SemanticModel Model(string content, string path) =>
        SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(content, path)));

    /// <summary>The original file's text where a citation stands: its link's source span, else its mapped span.</summary>
    private static string SourceText(SemanticModel model, Citation citation)
    {
        var span = citation.Link?.SourceSpan ?? model.Document.Map.ToSource(citation.Span);
        return model.Document.Source.Text[span.Start..span.End];
    }

    [Fact]
    public void An_html_anchor_keeps_its_decoded_target_and_the_offsets_of_its_text()
    {
        const string html = "<html><body><article><p>The deal is worth &pound;2bn, <a href=\"https://www.reuters.com/deal?a=1&amp;b=2\">according to <b>Reuters</b></a>, the minister said.</p></article></body></html>";
        var model = Model(html, "page.html");

        var link = Assert.Single(model.Citations, c => c.Kind == CitationKind.Link);
        Assert.Equal("https://www.reuters.com/deal?a=1&b=2", link.Url);
        Assert.Equal("Reuters", link.Outlet);
        Assert.Equal("reuters.com", link.Host);
        Assert.Equal(LinkMarkup.HtmlAnchor, link.Link!.Markup);
        Assert.Equal("according to <b>Reuters", SourceText(model, link));
        Assert.Equal("according to Reuters", model.Document.Text[link.Span.Start..link.Span.End]);

        var credit = Assert.Single(model.Citations, c => c.Kind == CitationKind.Credit);
        Assert.Equal("Reuters", SourceText(model, credit));
        Assert.Equal("according to", credit.Form);
        Assert.Equal(html.IndexOf("Reuters</b>", StringComparison.Ordinal), model.Document.Map.ToSource(credit.Span).Start);
    }

    [Fact]
    public void Links_in_the_furniture_a_quotation_runs_past_are_not_its_citations()
    {
        const string html = "<html><body><article><p>The club said: “He has won 25 trophies, <a href=\"https://www.reuters.com/a\">a record</a>.</p>"
            + "<p><strong>SEE MORE</strong>: <a href=\"/news/1\">Students under siege in university</a></p>"
            + "<p>“He is known for his tactics.”</p></article></body></html>";
        var model = Model(html, "page.html");

        var quotation = Assert.Single(model.Syntax.Quotations, q => q.Depth == 0);
        Assert.True(quotation.RunsOverParagraphs);
        var cited = model.CitationsOf(quotation);
        Assert.Contains(cited, c => c.Url == "https://www.reuters.com/a");
        Assert.DoesNotContain(cited, c => c.Url == "/news/1");
    }

    [Fact]
    public void Anchors_outside_the_article_are_not_citations()
    {
        const string html = "<html><body><nav><a href=\"https://www.cnn.com/\">CNN</a></nav><article><p>The council met on Monday, Reuters reported.</p><p>Nothing else happened at the meeting that evening.</p></article></body></html>";
        var model = Model(html, "page.html");

        Assert.DoesNotContain(model.Citations, c => c.Kind == CitationKind.Link);
        Assert.Equal("Reuters", Assert.Single(model.Citations).Outlet);
    }

    [Fact]
    public void A_blockquote_cite_attribute_and_a_cite_element_cite_the_quotation()
    {
        const string html = "<html><body><article><p>The minister wrote on Monday:</p><blockquote cite=\"https://www.bbc.co.uk/news/1\"><p>We will build the bridge next year.</p><footer><cite>BBC News</cite></footer></blockquote></article></body></html>";
        var model = Model(html, "page.html");

        var source = Assert.Single(model.Citations, c => c.Kind == CitationKind.QuotationSource);
        Assert.Equal("https://www.bbc.co.uk/news/1", source.Url);
        Assert.Equal("BBC", source.Outlet);
        var work = Assert.Single(model.Citations, c => c.Kind == CitationKind.CitedWork);
        Assert.Equal("BBC News", SourceText(model, work));
        Assert.Equal("BBC", work.Outlet);

        var quotation = Assert.Single(model.Syntax.Quotations, q => q.Marking == QuotationMarking.BlockElement);
        Assert.Contains(source, model.CitationsOf(quotation));
    }

    [Fact]
    public void Markdown_inline_reference_and_autolinks_and_written_urls_map_to_the_file()
    {
        const string markdown = """
            # Bridge vote

            The mayor said the vote was close, [according to the *Guardian*](https://www.theguardian.com/a "title"), and the
            council agreed, as [Politico][p] first wrote. The minutes are at <https://council.example.org/minutes> and
            www.example.org/agenda.

            [p]: https://www.politico.com/story/1
            """;
        var model = Model(markdown, "post.md");

        var inline = Assert.Single(model.Citations, c => c.Link?.Markup == LinkMarkup.MarkdownInline);
        Assert.Equal("https://www.theguardian.com/a", inline.Url);
        Assert.Equal("The Guardian", inline.Outlet);
        // The link text's words, from the first to the last: the closing emphasis mark after them is markup.
        Assert.Equal("according to the *Guardian", SourceText(model, inline));

        var reference = Assert.Single(model.Citations, c => c.Link?.Markup == LinkMarkup.MarkdownReference);
        Assert.Equal("https://www.politico.com/story/1", reference.Url);
        Assert.Equal("Politico", SourceText(model, reference));

        var autolink = Assert.Single(model.Citations, c => c.Link?.Markup == LinkMarkup.Autolink);
        Assert.Equal(CitationKind.Url, autolink.Kind);
        Assert.True(autolink.Span.IsEmpty);
        Assert.Equal("<https://council.example.org/minutes>", SourceText(model, autolink));

        var written = Assert.Single(model.Citations, c => c.Link?.Markup == LinkMarkup.BareUrl);
        Assert.Equal("www.example.org/agenda", written.Url);
        Assert.Equal("www.example.org/agenda", SourceText(model, written));

        var credit = Assert.Single(model.Citations, c => c.Kind == CitationKind.Credit);
        Assert.Equal("The Guardian", credit.Outlet);
        Assert.Equal("Guardian", SourceText(model, credit));
    }

    [Fact]
    public void Inline_html_anchors_and_cites_in_markdown_are_read()
    {
        const string markdown = "The port will close in May, <a href=\"https://apnews.com/x\">the Associated Press reported</a>, citing <cite>Port Weekly</cite>.\n";
        var model = Model(markdown, "post.md");

        var link = Assert.Single(model.Citations, c => c.Kind == CitationKind.Link);
        Assert.Equal("Associated Press", link.Outlet);
        Assert.Equal("the Associated Press reported", SourceText(model, link));
        Assert.Equal("Port Weekly", SourceText(model, Assert.Single(model.Citations, c => c.Kind == CitationKind.CitedWork)));
    }

    public static TheoryData<string, string> ConstructionExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var construction in CreditConstruction.All)
        {
            foreach (var example in construction.Examples)
            {
                data.Add(construction.Name, example);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ConstructionExamples))]
    public void Each_credit_construction_finds_its_examples(string construction, string example)
    {
        var credit = Assert.Single(CreditFinder.Default.Find(example));
        Assert.Equal(construction, credit.Construction.Name);
        Assert.True(credit.Outlet is not null, $"no outlet in '{example}'");
    }

    [Theory]
    [InlineData("According to officials, the plant will close.")]
    [InlineData("She told reporters the plant would close.")]
    [InlineData("He said the report was accurate (see page 4).")]
    [InlineData("The APPs were downloaded a million times.")]
    [InlineData("Sources: two officials familiar with the talks.")]
    public void Text_without_an_outlet_holds_no_credit(string text) =>
        Assert.Empty(CreditFinder.Default.Find(text));

    [Fact]
    public void A_plain_text_article_has_its_credits_and_written_urls_where_they_stand()
    {
        var path = Path.Combine(RuleTester.RepositoryRoot, "samples", "seed-article.txt");
        var content = File.ReadAllText(path);
        var model = Model(content, "seed-article.txt");

        Assert.Contains(model.Citations, c => c.Form == "told" && c.Outlet == "Associated Press of Pakistan");
        Assert.Contains(model.Citations, c => c.Form == "source line" && c.Outlet == "Press Trust of India");
        var lenta = Assert.Single(model.Citations, c => c.Url == "www.lenta.ru");
        Assert.Equal(CitationKind.Credit, lenta.Kind);
        Assert.Equal("Lenta.ru", lenta.Outlet);
        foreach (var citation in model.Citations)
        {
            var source = model.Document.Map.ToSource(citation.Span);
            Assert.Equal(model.Document.Text[citation.Span.Start..citation.Span.End], content[source.Start..source.End]);
        }
    }

    [Fact]
    public void A_statement_takes_the_citations_of_its_sentence_before_its_paragraph_credit()
    {
        const string text = "The council met on Monday night.\n\nMayor Anna Berg said the ferry would run all winter, according to Reuters. Harbour master Tom Reed said the pier was closed. Source: PTI\n\nThe meeting ended late.";
        var model = Model(text, "article.txt");

        // The mayor's words, and the same sentence read as Reuters' claim.
        var ferry = model.Statements.Where(s => text[s.ContentCover.Start..s.ContentCover.End].Contains("ferry")).ToList();
        Assert.NotEmpty(ferry);
        Assert.All(ferry, s => Assert.Equal(["Reuters"], model.CitationsOf(s).Select(c => c.Outlet)));
        var port = model.Statements.Single(s => text[s.ContentCover.Start..s.ContentCover.End].Contains("pier"));
        Assert.Equal(["Press Trust of India"], model.CitationsOf(port).Select(c => c.Outlet));
    }

    [Fact]
    public void A_link_elsewhere_in_the_paragraph_does_not_support_a_statement()
    {
        const string markdown = "The mayor said the ferry would run all winter. The [timetable](https://www.reuters.com/t) is online.\n";
        var model = Model(markdown, "post.md");

        var statement = Assert.Single(model.Statements, s => s.Speaker is not null);
        Assert.Empty(model.CitationsOf(statement));
    }

    [Fact]
    public void A_link_to_an_archive_or_a_platform_names_no_outlet()
    {
        const string markdown = "The mayor said so, [according to Reuters](https://web.archive.org/web/2020/https://www.reuters.com/a) and [on X](https://x.com/reuters).\n";
        var model = Model(markdown, "post.md");

        Assert.All(model.Citations.Where(c => c.Kind == CitationKind.Link), c => Assert.Null(c.Outlet));
    }
}
