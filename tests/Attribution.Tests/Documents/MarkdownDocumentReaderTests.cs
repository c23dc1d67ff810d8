using System.Text.RegularExpressions;
using Attribution.Documents;
using Attribution.Text;
using Snapshooter.Xunit;

namespace Attribution.Tests.Documents;

public sealed partial class MarkdownDocumentReaderTests
{
    private static readonly MarkdownDocumentReader Reader = new();

    private static Document Read(string content, string path = "post.md") => Reader.Read(path, content);

    /// <summary>Every word of the analysed text, less the ones named, is a verbatim copy of the source at the mapped span.</summary>
    private static void AssertWordsMapToSource(Document document, params string[] decoded)
    {
        var words = Word().Matches(document.Text);
        Assert.NotEmpty(words);
        foreach (Match word in words)
        {
            if (decoded.Contains(word.Value))
            {
                continue;
            }
            var span = new TextSpan(word.Index, word.Index + word.Length);
            Assert.Equal(word.Value, document.Source[document.Map.ToSource(span)]);
            Assert.True(document.Map.IsVerbatim(span, document.Text, document.Source.Text), $"'{word.Value}' is not verbatim");
        }
    }

    /// <summary>The source text that the first occurrence of <paramref name="analysed"/> in the analysed text maps to.</summary>
    private static string SourceOf(Document document, string analysed)
    {
        var start = document.Text.IndexOf(analysed, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{analysed}' is not in the analysed text:\n{document.Text}");
        return document.Source[document.Map.ToSource(new TextSpan(start, start + analysed.Length))];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [Fact]
    public void Emphasis_and_links_break_neither_a_quotation_nor_a_name()
    {
        const string source = "“I will *never* do it,” said [Jane Doe](https://x), the _mayor_ of **Port Elm**.";

        var document = Read(source);

        Assert.Equal("“I will never do it,” said Jane Doe, the mayor of Port Elm.", document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("“I will *never* do it,”", SourceOf(document, "“I will never do it,”"));
        Assert.Equal("Jane Doe", SourceOf(document, "Jane Doe"));
        Assert.Equal("Port Elm", SourceOf(document, "Port Elm"));
    }

    [Fact]
    public void Blocks_are_separated_by_blank_lines_and_line_breaks_keep_their_meaning()
    {
        const string source = "First line\nsoft continued.  \nAfter a hard break\\\nand a backslash one.\n\n\nSecond paragraph.\n";

        var document = Read(source);

        Assert.Equal("First line soft continued.\nAfter a hard break\nand a backslash one.\n\nSecond paragraph.", document.Text);
        AssertWordsMapToSource(document);
        var soft = document.Text.IndexOf(" soft", StringComparison.Ordinal);
        Assert.Equal("\n", document.Source[document.Map.ToSource(new TextSpan(soft, soft + 1))]);
        var backslash = document.Text.IndexOf("\nand", StringComparison.Ordinal);
        Assert.Equal("\\\n", document.Source[document.Map.ToSource(new TextSpan(backslash, backslash + 1))]);
    }

    [Fact]
    public void Crlf_line_endings_map_to_the_whole_line_ending()
    {
        const string source = "# Council vote\r\n\r\n“We are ready,” said\r\nMayor Ines Calloway.\r\n\r\n> Quoted\r\n> twice\r\n";

        var document = Read(source);

        Assert.Equal("Council vote\n\n“We are ready,” said Mayor Ines Calloway.\n\nQuoted twice", document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("said\r\nMayor", SourceOf(document, "said Mayor"));
        Assert.Equal("Quoted\r\n> twice", SourceOf(document, "Quoted twice"));
    }

    [Fact]
    public void Escapes_and_entities_map_to_their_source_range()
    {
        const string source = "Prices rose 5\\*3 times &mdash; “caf&eacute; owners&#x2019; fear,” said Ana Ruiz &amp; Co.";

        var document = Read(source);

        Assert.Equal("Prices rose 5*3 times — “café owners’ fear,” said Ana Ruiz & Co.", document.Text);
        AssertWordsMapToSource(document, "café");
        Assert.Equal("\\*", SourceOf(document, "*"));
        Assert.Equal("&mdash;", SourceOf(document, "—"));
        Assert.Equal("caf&eacute;", SourceOf(document, "café"));
        Assert.Equal("&#x2019;", SourceOf(document, "’"));
        Assert.Equal("&amp;", SourceOf(document, "&"));
        var cafe = document.Text.IndexOf("café", StringComparison.Ordinal);
        Assert.False(document.Map.IsVerbatim(new TextSpan(cafe, cafe + 4), document.Text, document.Source.Text));
    }

    [Fact]
    public void Headings_lists_and_tables_become_separate_blocks()
    {
        const string source = """
            ## The *harbour* plan

            Setext heading
            --------------

            - First item
            - Second item
              continued here
            1. Numbered one

               with a second paragraph

            | Speaker | Quote |
            |---------|-------|
            | Ana Ruiz | “We *will* build it” |
            | Tom Brek |   short  |
            """;

        var document = Read(source);

        Assert.Equal(
            "The harbour plan\n\nSetext heading\n\nFirst item\n\nSecond item continued here\n\nNumbered one\n\nwith a second paragraph\n\n"
            + "Speaker\n\nQuote\n\nAna Ruiz\n\n“We will build it”\n\nTom Brek\n\nshort",
            document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("“We *will* build it”", SourceOf(document, "“We will build it”"));
    }

    [Fact]
    public void Block_quotes_become_quote_regions_nested_ones_too()
    {
        const string source = """
            Before.

            > “The dam will hold,” said
            > engineer Piet Varga.
            >
            > > A quote in a quote.

            After.
            """;

        var document = Read(source);

        Assert.Equal("Before.\n\n“The dam will hold,” said engineer Piet Varga.\n\nA quote in a quote.\n\nAfter.", document.Text);
        AssertWordsMapToSource(document);
        Assert.Collection(
            document.QuoteRegions,
            outer =>
            {
                Assert.Equal(QuoteRegionKind.Block, outer.Kind);
                Assert.Equal("“The dam will hold,” said engineer Piet Varga.\n\nA quote in a quote.", document[outer.Span]);
            },
            inner =>
            {
                Assert.Equal(QuoteRegionKind.Block, inner.Kind);
                Assert.Equal("A quote in a quote.", document[inner.Span]);
                Assert.Equal("A quote in a quote.", document.Source[document.Map.ToSource(inner.Span)]);
            });
    }

    [Fact]
    public void Inline_q_tags_are_inline_quote_regions_and_br_is_a_hard_break()
    {
        const string source = "She said <q cite=\"https://example.org/a?x=1&amp;y=2\">no more delays</q> today.<br/>Then left.";

        var document = Read(source);

        Assert.Equal("She said no more delays today.\nThen left.", document.Text);
        var region = Assert.Single(document.QuoteRegions);
        Assert.Equal(QuoteRegionKind.Inline, region.Kind);
        Assert.Equal("no more delays", document[region.Span]);
        Assert.Equal("https://example.org/a?x=1&y=2", region.CitedSource);
        Assert.Equal("<br/>", SourceOf(document, "\n"));
    }

    [Fact]
    public void Code_html_comments_urls_images_and_definitions_are_not_prose()
    {
        const string source = """
            Run `make all` now, see <https://auto.example> or [the report][r] and [this](https://u.example "Link title").
            An image ![a photo of Ana Ruiz](photo.jpg "Photo title") here <!-- an inline comment --> and <em>kept</em> text.

            [r]: https://ref.example "Reference title"

            ```text
            “Fenced,” said Nobody.
            ```

                “Indented,” said Nobody.

            <div class="box">
            “Raw HTML,” said Nobody.
            </div>

            <!--
            “Commented,” said Nobody.
            -->

            ***

            The end.
            """;

        var document = Read(source);

        Assert.Equal(
            "Run now, see or the report and this. An image here and kept text.\n\nThe end.",
            document.Text);
        foreach (var hidden in new[] { "make", "http", "title", "Ana", "photo", "comment", "Nobody", "Fenced", "Indented", "Raw", "box", "Commented", "<em>", "r]" })
        {
            Assert.DoesNotContain(hidden, document.Text, StringComparison.Ordinal);
        }
        AssertWordsMapToSource(document);
    }

    [Fact]
    public void Span_dump_of_a_mixed_post()
    {
        const string source = """
            ---
            title: Dump
            ---
            # Night *ferry* cancelled

            “The engine failed twice,” said captain
            [Ola Dunn](https://crew.example), adding&nbsp;that \*no one\* was hurt.

            > “We waited four hours.”
            > > Nested.

            | Route | Status |
            |-------|--------|
            | Port Elm – Velden | `closed` <em>today</em> |
            """;

        var document = Read(source.Replace("\n", "\r\n", StringComparison.Ordinal));

        Snapshot.Match(Dump(document));
    }

    /// <summary>Each block of the analysed text and each quote region with its analysed and source spans, Markdig style.</summary>
    private static string[] Dump(Document document)
    {
        var lines = new List<string>();
        var start = 0;
        foreach (var block in document.Text.Split("\n\n"))
        {
            var span = new TextSpan(start, start + block.Length);
            lines.Add($"block {span} -> {document.Map.ToSource(span)} {Escape(block)} <- {Escape(document.Source[document.Map.ToSource(span)])}");
            start = span.End + 2;
        }
        foreach (var region in document.QuoteRegions)
        {
            lines.Add($"quote {region.Kind} {region.Span} -> {document.Map.ToSource(region.Span)} {Escape(document[region.Span])}");
        }
        return [.. lines];
    }

    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [Fact]
    public void Yaml_front_matter_gives_metadata_and_is_not_analysed()
    {
        const string source = """
            ---
            title: "Harbour plan: “We will build it”"
            date: 2025-03-14
            author: Ana Ruiz
            tags: [harbour, council]
            ---

            # Harbour plan

            “We will build it,” said Mayor *Ines Calloway*.
            """;

        var document = Read(source);

        Assert.Equal("Harbour plan\n\n“We will build it,” said Mayor Ines Calloway.", document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("Harbour plan: “We will build it”", document.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 3, 14), document.Metadata.Date);
        Assert.Equal("Ana Ruiz", document.Metadata.Author);
        Assert.False(document.Metadata.Skip);
        Assert.Empty(document.Metadata.DisabledRules);
        Assert.Equal(source.IndexOf("# Harbour", StringComparison.Ordinal) + 2, document.Map.SourceOffsetAt(0));
    }

    [Fact]
    public void Toml_front_matter_gives_metadata_and_is_not_analysed()
    {
        const string source = "+++\r\ntitle = \"Storm over Velden\"\r\ndate = 2025-01-09T18:30:00-05:00\r\n[author]\r\nname = \"Piet Varga\"\r\n[attrib]\r\ndisable = [\"ATTR005\", \"attr006\"]\r\n+++\r\n“Roads are closed,” said\r\nPiet Varga.\r\n";

        var document = Read(source);

        Assert.Equal("“Roads are closed,” said Piet Varga.", document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("Storm over Velden", document.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 1, 9), document.Metadata.Date);
        Assert.Equal("Piet Varga", document.Metadata.Author);
        Assert.Equal(["ATTR005", "ATTR006"], document.Metadata.DisabledRules.Order());
        Assert.Contains("attr005", document.Metadata.DisabledRules);
    }

    [Theory]
    [InlineData("date: 2024-02-29", 2024, 2, 29)]
    [InlineData("date: 2024-02-29T23:30:00-05:00", 2024, 2, 29)]
    [InlineData("date: 2024-02-29 23:30:00 +01:00", 2024, 2, 29)]
    [InlineData("publishDate: \"2023-12-01T08:00:00Z\"", 2023, 12, 1)]
    [InlineData("published: 2022-07-04", 2022, 7, 4)]
    [InlineData("Date: 2021-01-02", 2021, 1, 2)]
    public void Dates_are_read_from_iso_dates_and_date_times(string line, int year, int month, int day)
    {
        var document = Read($"---\n{line}\n---\nText.\n");

        Assert.Equal(new DateOnly(year, month, day), document.Metadata.Date);
    }

    [Theory]
    [InlineData("date: next Tuesday")]
    [InlineData("date: 03/04/2024")]
    public void A_date_that_is_not_iso_is_an_input_error(string line)
    {
        var error = Assert.Throws<InputException>(() => Read($"---\n{line}\n---\nText.\n"));
        Assert.StartsWith("front matter: 'date': invalid date", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Front_matter_without_a_date_gives_none() => Assert.Null(Read("---\ntitle: No date\n---\nText.\n").Metadata.Date);

    [Theory]
    [InlineData("author: Ana Ruiz")]
    [InlineData("author: [Ana Ruiz, Tom Brek]")]
    [InlineData("author:\n  name: Ana Ruiz\n  email: ana@example.org")]
    [InlineData("author:\n  - name: Ana Ruiz\n  - name: Tom Brek")]
    [InlineData("authors: [Ana Ruiz]")]
    public void The_author_is_a_name_the_first_of_a_list_or_an_object_name(string yaml)
    {
        Assert.Equal("Ana Ruiz", Read($"---\n{yaml}\n---\nText.\n").Metadata.Author);
    }

    [Theory]
    [InlineData("attrib: { skip: true }", true, "")]
    [InlineData("attrib:\n  skip: yes", true, "")]
    [InlineData("attrib: { skip: false }", false, "")]
    [InlineData("attrib: { disable: [ATTR005, ATTR006] }", false, "ATTR005,ATTR006")]
    [InlineData("attribution:\n  disable:\n    - attr007", false, "ATTR007")]
    [InlineData("attrib: { disable: \"ATTR001, ATTR002\" }", false, "ATTR001,ATTR002")]
    [InlineData("attrib_skip: true", false, "")]
    public void The_attrib_switch_skips_a_file_or_disables_rules(string yaml, bool skip, string disabled)
    {
        var metadata = Read($"---\n{yaml}\n---\nText.\n").Metadata;

        Assert.Equal(skip, metadata.Skip);
        Assert.Equal(disabled, string.Join(',', metadata.DisabledRules.Order()));
    }

    [Theory]
    [InlineData("---\ntitle: ok\nauthor: [Ana\n---\nText.", 4, "front matter is not valid YAML: ")]
    [InlineData("---\ntitle: \"unclosed\n---\nText.", 2, "front matter is not valid YAML: ")]
    [InlineData("---\ntitle: a\ntitle: b\n---\nText.", 3, "front matter is not valid YAML: ")]
    [InlineData("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nText.", 2, "front matter is not valid YAML: ")]
    [InlineData("+++\ntitle = \"a\"\nbad =\n+++\nText.", 3, "front matter is not valid TOML: ")]
    [InlineData("---\ntitle: never closed\n\nText.", 1, "never closed")]
    [InlineData("---\n- a list\n---\nText.", 2, "must be a mapping")]
    [InlineData("---\ntitle: a\nattrib: skip\n---\nText.", 3, "'attrib' must be a mapping")]
    [InlineData("---\nattrib:\n  skip: maybe\n---\nText.", 3, "'attrib.skip' must be true or false")]
    [InlineData("---\nattrib:\n  disabled: [ATTR005]\n---\nText.", 3, "'attrib.disabled' is not a known switch")]
    [InlineData("+++\n[attrib]\nskip = 3\n+++\nText.", null, "'attrib.skip' must be true or false")]
    public void Bad_front_matter_is_an_input_error_naming_the_line(string source, int? line, string expected)
    {
        var error = Assert.Throws<InputException>(() => Read(source));

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_thematic_break_later_in_the_file_is_not_front_matter()
    {
        var document = Read("Intro.\n\n---\ntitle: not metadata\n---\n");

        Assert.Null(document.Metadata.Title);
        Assert.Equal("Intro.\n\ntitle: not metadata", document.Text);
    }

    [Fact]
    public void Mdx_skips_imports_exports_jsx_and_expressions_but_keeps_markdown_children()
    {
        const string source = """
            ---
            title: Budget day
            ---
            import { Chart } from "../components/Chart";
            import Callout from "../components/Callout";

            export const meta = {
              section: "city",
            };

            “The budget is balanced,” said Treasurer Lena Holt.

            <Chart
              data={[1, 2, 3]}
              title="Not prose"
            />

            <Callout type="note">
            “We kept our promise,” she *added*.
            </Callout>

            {/* “An expression,” said Nobody. */}

            ```js
            import notMasked from "x";
            ```

            She had <Tooltip text="x">more</Tooltip> to say.
            """;

        var document = Read(source, "budget.mdx");

        Assert.Equal(
            "“The budget is balanced,” said Treasurer Lena Holt.\n\n“We kept our promise,” she added.\n\nShe had more to say.",
            document.Text);
        AssertWordsMapToSource(document);
        Assert.Equal("Budget day", document.Metadata.Title);
    }

    [Fact]
    public void Jsx_looking_lines_are_ordinary_html_in_plain_markdown()
    {
        var document = Read("import x from \"y\";\n\n<Callout>\nHidden in an HTML block.\n</Callout>\n");

        Assert.Equal("import x from \"y\";", document.Text);
    }

    [Fact]
    public void An_empty_file_and_a_file_of_only_front_matter_have_no_text()
    {
        Assert.Equal("", Read("").Text);
        var document = Read("---\ntitle: Only metadata\n---\n");
        Assert.Equal("", document.Text);
        Assert.Equal("Only metadata", document.Metadata.Title);
    }

    [Fact]
    public void A_byte_order_mark_before_front_matter_is_allowed()
    {
        var document = Read("\uFEFF---\ntitle: Marked\n---\nBody text.");

        Assert.Equal("Marked", document.Metadata.Title);
        Assert.Equal("Body text.", document.Text);
        AssertWordsMapToSource(document);
    }

    [Theory]
    [InlineData("post.md")]
    [InlineData("post.MARKDOWN")]
    [InlineData("post.mdx")]
    public void The_default_readers_read_markdown(string path)
    {
        Assert.IsType<MarkdownDocumentReader>(DocumentReaders.Default.ForPath(path));
    }

    [Fact]
    public void The_sample_posts_read_with_their_metadata()
    {
        var folder = Path.Combine(RepositoryRoot(), "samples", "content", "posts");
        var files = Directory.GetFiles(folder, "*.md");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = Reader.Read(file, File.ReadAllText(file));
            Assert.NotNull(document.Metadata.Title);
            Assert.NotNull(document.Metadata.Date);
            Assert.NotNull(document.Metadata.Author);
            Assert.NotEmpty(document.QuoteRegions);
            Assert.DoesNotContain("---", document.Text, StringComparison.Ordinal);
            AssertWordsMapToSource(document);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Attribution.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root was not found.");
    }
}
