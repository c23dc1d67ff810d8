using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Attribution.Documents;
using Attribution.Text;

namespace Attribution.Tests.Documents;

public sealed partial class HtmlDocumentReaderTests
{
    private static readonly HtmlDocumentReader Reader = new();

    // --- Exact positions ---------------------------------------------------------------------------------------

    [Fact]
    public void EveryWordOfTheSeedPageMapsToItsSource()
    {
        var document = Reader.Read("seed-article.html", ReadSample("seed-article.html"));

        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void EveryWordMapsToItsSourceInACrlfFile()
    {
        var lf = ReadSample("seed-article.html").ReplaceLineEndings("\n");
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var document = Reader.Read("seed-article.html", crlf);

        AssertEveryWordMapsToItsSource(document);
        Assert.Equal(Reader.Read("seed-article.html", lf).Text, document.Text);
        Assert.DoesNotContain('\r', document.Text);
    }

    [Fact]
    public void EveryWordMapsToItsSourceOnAVeryLongSingleLine()
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>One line</title></head><body><article>");
        for (var i = 0; page.Length < 90_000; i++)
        {
            page.Append(CultureInvariant($"<p class=\"p{i}\">Paragraph {i} of the caf&eacute; report: &#8220;Zürich naïve 北京 😀 quote {i}&#8221; said <b>Speaker&nbsp;{i}</b> &amp; co.</p>"));
        }
        page.Append("<p>Final words after the long line.</p></article></body></html>");
        var source = page.ToString();
        Assert.DoesNotContain('\n', source);

        var document = Reader.Read("long.html", source);

        AssertEveryWordMapsToItsSource(document);
        var last = document.Text.LastIndexOf("Final words", StringComparison.Ordinal);
        var mapped = document.Map.ToSource(new TextSpan(last, last + "Final words".Length));
        Assert.True(mapped.Start > 70_000);
        Assert.Equal("Final words", document.Source[mapped]);
        Assert.True(document.Source.GetLinePosition(mapped.Start).Column > 70_000);
    }

    [Fact]
    public void WordsAfterCommentsScriptsAndStylesMapToTheirSource()
    {
        const string source = """
            <html><body><main>
            <p>Before <!-- a <p>comment</p> with a > sign --> after <script>if (a<b && c>d) { x = "</p>"; }</script> script
            <style>p::before { content: "<em>"; }</style> style <span title="a > b">span</span> end</p>
            <p>Text with <em>emphasis</em>, a <a href="/x?a=1&amp;b=2">link</a> and a literal a < b comparison.</p>
            </main></body></html>
            """;

        var document = Reader.Read("mixed.html", source);

        Assert.Equal(
            "Before after script style span end\n\nText with emphasis, a link and a literal a < b comparison.",
            document.Text);
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void TextMovedByTheTreeBuilderStillMapsToItsSource()
    {
        // "stray" is foster-parented out of the table; "two" is reparented under a reopened <b>.
        const string source = "<body><article><p>one <b>bold<p>two</b> three</p><table><tr><td>cell</td>stray<td>other</td></tr></table></article></body>";

        var document = Reader.Read("misnested.html", source);

        Assert.Contains("stray", document.Text, StringComparison.Ordinal);
        AssertEveryWordMapsToItsSource(document);
    }

    // --- Entities ---------------------------------------------------------------------------------------------

    [Fact]
    public void EntitiesAreDecodedAndMapToTheWholeEntity()
    {
        const string source = "<article><p>Tom &amp; Jerry said &#8220;hi&#8221; &mdash; it&rsquo;s &#x1F600; &amp done &#150; &notit;</p></article>";

        var document = Reader.Read("entities.html", source);

        Assert.Equal("Tom & Jerry said “hi” — it’s 😀 & done – ¬it;", document.Text);
        Assert.Equal("&amp;", SourceOf(document, "&"));
        Assert.Equal("&#8220;", SourceOf(document, "“"));
        Assert.Equal("&#8221;", SourceOf(document, "”"));
        Assert.Equal("&mdash;", SourceOf(document, "—"));
        Assert.Equal("&#x1F600;", SourceOf(document, "😀"));
        Assert.Equal("&#150;", SourceOf(document, "–"));
        Assert.Equal("&not", SourceOf(document, "¬"));
        Assert.Equal("Jerry", SourceOf(document, "Jerry"));
        Assert.Equal("hi", SourceOf(document, "hi"));
        Assert.Equal("it&rsquo;s", SourceOf(document, "it’s"));
        Assert.Equal("&amp done", SourceOf(document, "& done"));
        Assert.False(document.Map.IsVerbatim(SpanOf(document, "it’s"), document.Text, document.Source.Text));
        Assert.True(document.Map.IsVerbatim(SpanOf(document, "Jerry said"), document.Text, document.Source.Text));
    }

    // --- Paragraphs and whitespace ------------------------------------------------------------------------------

    [Fact]
    public void BlocksAreParagraphsAndLineBreaksAreNewlines()
    {
        const string source = """
            <article>
              <h1>Title</h1>
              <p>One
                 two   three</p><p>Four<br>five<br/>
              six</p>
              <div>Seven <span>eight</span><div>nine</div></div>
              <ul><li>ten</li><li>eleven</li></ul>
              <table><tr><td>twelve</td><td>thirteen</td></tr><tr><td>fourteen</td></tr></table>
              <pre>  keep
            these  spaces</pre>
            </article>
            """;

        var document = Reader.Read("blocks.html", source);

        Assert.Equal(
            "Title\n\nOne two three\n\nFour\nfive\nsix\n\nSeven eight\n\nnine\n\nten\n\neleven\n\ntwelve\n\nthirteen\n\nfourteen\n\n  keep\nthese  spaces",
            document.Text);
        AssertEveryWordMapsToItsSource(document);
    }

    // --- Finding the article -------------------------------------------------------------------------------------

    [Fact]
    public void TheArticleElementIsTheBody()
    {
        const string source = """
            <body><header><h1>Site name</h1><nav><a href="/">Home</a></nav></header>
            <article><h1>Headline</h1><p>The story.</p></article>
            <aside>Sidebar text</aside><footer>Footer text</footer></body>
            """;

        var document = Reader.Read("article.html", source);

        Assert.Equal("Headline\n\nThe story.", document.Text);
    }

    [Fact]
    public void OfSeveralArticlesTheOneWithTheMostTextIsTheBody()
    {
        const string source = """
            <body>
            <article><h2>Teaser</h2><p>Short.</p></article>
            <article><h1>Story</h1><p>The long story, told at length, with every detail of what happened.</p>
              <article class="embedded"><p>A nested article is part of its parent.</p></article></article>
            <div class="related"><article><p>A related story whose card has even more text than the story itself, by far, really a lot of text.</p></article></div>
            </body>
            """;

        var document = Reader.Read("articles.html", source);

        Assert.Equal(
            "Story\n\nThe long story, told at length, with every detail of what happened.\n\nA nested article is part of its parent.",
            document.Text);
    }

    [Fact]
    public void WithoutAnArticleTheMainElementIsTheBody()
    {
        const string source = """
            <body><div id="masthead">Site</div><nav>Menu</nav>
            <main><h1>Headline</h1><p>The story.</p><div id="comments"><p>A comment.</p></div></main>
            <footer>Footer</footer></body>
            """;

        var document = Reader.Read("main.html", source);

        Assert.Equal("Headline\n\nThe story.", document.Text);
    }

    [Fact]
    public void WithoutArticleOrMainTheBodyLessPagePartsIsRead()
    {
        const string source = """
            <body>
            <header><h1>Site name</h1></header>
            <nav><a href="/">Home</a></nav>
            <div class="ad">Buy now</div>
            <h2>Headline</h2>
            <p>Short story.</p>
            <aside>Aside</aside>
            <form><p>Search</p></form>
            <div class="widget">Widget</div>
            <noscript>Enable scripts</noscript><template><p>Template</p></template>
            <div id="comments"><p>A comment.</p></div>
            <footer>Footer</footer>
            <script>var x = "script";</script>
            </body>
            """;

        var body = FindBody(source);
        var document = Reader.Read("body.html", source);

        Assert.Equal(ArticleBodyOrigin.Body, body.Origin);
        Assert.Equal("Headline\n\nShort story.", document.Text);
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void WithoutArticleOrMainReadabilityChoosesTheStoryAmongNavigationAdsRelatedLinksAndComments()
    {
        var source = File.ReadAllText(Path.Combine(TestPagesDirectory, "no-article-element.html"));

        var body = FindBody(source);
        var document = Reader.Read("no-article-element.html", source);

        Assert.Equal(ArticleBodyOrigin.Readability, body.Origin);
        Assert.StartsWith("The harbour board voted on Monday night", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("held at the Guildhall on 2 and 3 April.", document.Text, StringComparison.Ordinal);
        Assert.Contains("The board has ignored every objection we made.", document.Text, StringComparison.Ordinal);
        foreach (var pagePart in new[] { "Sport", "Holiday cottages", "Related stories", "Ferry terminal plan sent back", "quaysider", "About time", "Have your say", "Most read", "crab", "All rights reserved", "Twitter" })
        {
            Assert.DoesNotContain(pagePart, document.Text, StringComparison.Ordinal);
        }
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void ReadabilityFindsAShortStoryWrittenInDivs()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i =>
            CultureInvariant($"<div>Paragraph {i} of the story, long enough to count as prose, with commas, clauses, and words.</div>\n")));
        var source = $"""
            <body><div id="top"><a href="/">Home</a> <a href="/about">About</a></div>
            <div class="story">{paragraphs}</div>
            <div id="comments"><div class="comment">A reader's comment, which must never be read, however long and wordy it is.</div></div>
            </body>
            """;

        var body = FindBody(source);
        var document = Reader.Read("divs.html", source);

        Assert.Equal(ArticleBodyOrigin.Readability, body.Origin);
        Assert.StartsWith("Paragraph 1 of the story", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("commas, clauses, and words.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenReadabilityTakesTheWholeBodyItsLooseTextIsKept()
    {
        // Text straight in the body, as old hand-written pages have it: Readability's result holds it outside any element.
        var source = """
            <html><head><title>Usage example</title></head><body>
            <h2>Usage example</h2>
            We often get questions about how the <tt>deflate()</tt> and <tt>inflate()</tt> functions should be used,
            what to do with a <tt>Z_BUF_ERROR</tt>, and how to make sure the process terminates properly.
            <p>Without further ado, here is the program <a href="zpipe.c"><tt>zpipe.c</tt></a>, with comments along the way.
            <pre>int main(void) { return 0; }</pre>
            </body></html>
            """;

        var body = FindBody(source);
        var document = Reader.Read("loose.html", source);

        Assert.Equal(ArticleBodyOrigin.Body, body.Origin);
        Assert.StartsWith("Usage example\n\nWe often get questions about how the deflate() and inflate() functions", document.Text, StringComparison.Ordinal);
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void CommentClassesInCodeAreSyntaxHighlightingNotCommentSections()
    {
        const string source = """<article><p>Call it so:</p><pre><code>init(<span class="hljs-comment">/* env */</span>); <span class="comment">// done</span></code></pre></article>""";

        var document = Reader.Read("code.html", source);

        Assert.Equal("Call it so:\n\ninit(/* env */); // done", document.Text);
    }

    [Fact]
    public void TheArticlesFirstTopLevelHeadingIsItsHeadline()
    {
        const string source = "<article><p>Politics</p><h1>Mayor says “we will not wait” on the bridge</h1><p>The mayor spoke on Monday.</p><h1>Second heading</h1></article>";

        var document = Reader.Read("headline.html", source);

        Assert.NotNull(document.Headline);
        Assert.Equal("Mayor says “we will not wait” on the bridge", document[document.Headline.Value]);
        Assert.True(document.IsInHeadline(new TextSpan(document.Text.IndexOf("we will", StringComparison.Ordinal), document.Text.IndexOf("wait", StringComparison.Ordinal) + 4)));
    }

    [Fact]
    public void AHeadingAfterTheStoryHasBegunIsNoHeadline()
    {
        var story = string.Concat(Enumerable.Repeat("<p>The council met on Monday to discuss the bridge and its repairs.</p>", 5));
        var document = Reader.Read("late-heading.html", $"<article>{story}<h1>What happens next</h1><p>More.</p></article>");

        Assert.Null(document.Headline);
    }

    [Fact]
    public void APullQuoteRepeatingAPassageOfTheArticleIsLeftOut()
    {
        const string source = """
            <article><p>The agency announced a new milestone.</p>
            <table align="right"><tr><td class="pullquote">“Without a big booster, you will not make it,” Stafford said.</td></tr></table>
            <aside class="pull-quote pull-quote--left"><p>“It is the best book of the year.”</p></aside>
            <p>“Without a big booster, you will not make it,” Stafford said. “We have waited long enough,” he added.</p></article>
            """;

        var document = Reader.Read("pullquote.html", source);

        Assert.Equal("The agency announced a new milestone.\n\n“Without a big booster, you will not make it,” Stafford said. “We have waited long enough,” he added.", document.Text);
    }

    [Fact]
    public void CommentSectionsAndShareWidgetsInsideTheArticleAreLeftOut()
    {
        const string source = """
            <article><h1>Headline</h1><p>The story.</p>
            <div class="sharedaddy">Share this: Twitter</div>
            <div id="jp-relatedposts"><p>Related post</p></div>
            <figure><img src="a.jpg"><figcaption>A caption.</figcaption><button>Enlarge</button></figure>
            <section class="comments-area"><article class="comment"><p>Nice post!</p></article></section>
            <div class="respond"><h3>Post a reply</h3></div>
            <footer>Posted in News. Bookmark the permalink.</footer>
            </article>
            """;

        var document = Reader.Read("inside.html", source);

        Assert.Equal("Headline\n\nThe story.", document.Text);
    }

    [Fact]
    public void ReadingStopsAtATailHeadingInsideTheArticle()
    {
        const string source = "<article><h1>Headline</h1><p>The story.</p><h3>3 Comments</h3><p>First!</p></article>";

        var document = Reader.Read("tail.html", source);

        Assert.Equal("Headline\n\nThe story.", document.Text);
    }

    [Fact]
    public void TheSeedPageIsTheSeedArticleWithoutItsCommentsOrPageParts()
    {
        var document = Reader.Read("seed-article.html", ReadSample("seed-article.html"));

        var seed = ReadSample("seed-article.txt");
        var article = seed[..seed.IndexOf("2 Responses to", StringComparison.Ordinal)].Replace("•", "", StringComparison.Ordinal);
        // The page's picture captions are left out of the analysed text: they are no one's speech.
        foreach (var caption in new[] { "Russian Dmitry Medvedev\n", "Pakistani owned Russian M-17 chooper\n" })
        {
            var line = article.IndexOf("\n" + caption, StringComparison.Ordinal);
            Assert.True(line >= 0, caption);
            article = article.Remove(line + 1, caption.Length);
        }
        Assert.Equal(CollapseWhitespace(article), CollapseWhitespace(document.Text));
        Assert.StartsWith("A Russian Pakistan military\u00A0alliance?\n\nThere are several questions", document.Text, StringComparison.Ordinal);
        foreach (var pagePart in new[] { "neel123", "Mohammad says", "Responses to", "Leave a Reply", "Share this", "Related", "Recent Posts", "Strategic Affairs", "bloggers like this", "This entry was posted" })
        {
            Assert.DoesNotContain(pagePart, document.Text, StringComparison.Ordinal);
        }
    }

    // --- Quotations ---------------------------------------------------------------------------------------------

    [Fact]
    public void BlockquotesAndQElementsAreQuoteRegions()
    {
        const string source = """
            <article>
            <p>He said <q cite="https://example.org/speech">we will win</q> and left.</p>
            <blockquote cite="https://example.org/letter"><p>First paragraph.</p><p>Second paragraph.</p></blockquote>
            <blockquote><p>Words of the minister.</p><footer>&mdash; <cite>The Minister</cite>, 2009</footer></blockquote>
            <blockquote><p>Only a footer.</p><footer>— Agency report</footer></blockquote>
            <blockquote><p>No source at all.</p></blockquote>
            </article>
            """;

        var document = Reader.Read("quotes.html", source);

        Assert.Collection(
            document.QuoteRegions,
            q => AssertQuote(document, q, QuoteRegionKind.Inline, "we will win", "https://example.org/speech"),
            q => AssertQuote(document, q, QuoteRegionKind.Block, "First paragraph.\n\nSecond paragraph.", "https://example.org/letter"),
            q => AssertQuote(document, q, QuoteRegionKind.Block, "Words of the minister.\n\n— The Minister, 2009", "The Minister"),
            q => AssertQuote(document, q, QuoteRegionKind.Block, "Only a footer.\n\n— Agency report", "Agency report"),
            q => AssertQuote(document, q, QuoteRegionKind.Block, "No source at all.", null));
        Assert.Equal("we will win", document.Source[document.Map.ToSource(document.QuoteRegions[0].Span)]);
    }

    // --- Metadata -----------------------------------------------------------------------------------------------

    [Fact]
    public void MetadataOfTheSeedPage()
    {
        var document = Reader.Read("seed-article.html", ReadSample("seed-article.html"));

        Assert.Equal("A Russian Pakistan military alliance?", document.Metadata.Title);
        Assert.Equal(new DateOnly(2009, 6, 28), document.Metadata.Date);
        Assert.Equal("pakstrategist", document.Metadata.Author);
        Assert.Empty(document.Metadata.DisabledRules);
        Assert.False(document.Metadata.Skip);
    }

    [Theory]
    [InlineData("""<meta property="og:title" content="From og"><title>From title</title>""", "<h1>From h1</h1>", "From og")]
    [InlineData("<title>From  title</title>", "<h1>From h1</h1>", "From title")]
    [InlineData("", "<h1>From <em>h1</em></h1>", "From h1")]
    [InlineData("", "<p>No title anywhere.</p>", null)]
    public void TitleComesFromOgTitleThenTitleThenFirstHeading(string head, string article, string? expected)
    {
        var document = Reader.Read("title.html", $"<html><head>{head}</head><body><article>{article}</article></body></html>");

        Assert.Equal(expected, document.Metadata.Title);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2020-01-02T23:30:00-05:00"><meta name="date" content="2021-01-01">""", "", "2020-01-02")]
    [InlineData("""<meta name="date" content="2021-03-04">""", """<time datetime="2022-01-01">x</time>""", "2021-03-04")]
    [InlineData("""<meta name="pubdate" content="2019-05-06T10:00:00Z">""", "", "2019-05-06")]
    [InlineData("", """<p>Posted <time>yesterday</time> and <time datetime="2018-07-08T09:00">8 July</time></p>""", "2018-07-08")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-09-10T08:00:00+02:00"}</script>""", "", "2017-09-10")]
    [InlineData("""<script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":"Article","datePublished":"2016-11-12"}]</script>""", "", "2016-11-12")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","datePublished":"2015-12-13"}]}</script>""", "", "2015-12-13")]
    [InlineData("""<script type="application/ld+json">{ broken json </script>""", "", null)]
    public void DateComesFromMetaTagsTheArticlesTimeElementOrJsonLd(string head, string article, string? expected)
    {
        var document = Reader.Read("date.html", $"<html><head>{head}</head><body><article><p>Text.</p>{article}</article></body></html>");

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.Metadata.Date);
    }

    [Fact]
    public void ATimeElementOutsideTheArticleDoesNotDateIt()
    {
        var document = Reader.Read("date.html", """<body><aside><time datetime="2001-01-01">x</time></aside><article><p>Text.</p></article></body>""");

        Assert.Null(document.Metadata.Date);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Meta Author">""", """<a rel="author" href="/a">Link Author</a>""", "Meta Author")]
    [InlineData("""<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Json Author"}}</script>""", "", "Json Author")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"Article","author":[{"name":"First"},{"name":"Second"}]}]}</script>""", "", "First, Second")]
    [InlineData("""<script type="application/ld+json">{"@type":"Article","author":"Plain Name"}</script>""", "", "Plain Name")]
    [InlineData("", """<p>By <a rel="author external" href="/a">Link Author</a></p>""", "Link Author")]
    [InlineData("", """<div class="byline">By  Byline Author</div>""", "Byline Author")]
    [InlineData("", "", null)]
    public void AuthorComesFromMetaJsonLdRelAuthorOrByline(string head, string article, string? expected)
    {
        var document = Reader.Read("author.html", $"<html><head>{head}</head><body><article><p>Text.</p>{article}</article></body></html>");

        Assert.Equal(expected, document.Metadata.Author);
    }

    // --- Odd input and registration -------------------------------------------------------------------------------

    [Fact]
    public void AFileThatIsNotHtmlStillReads()
    {
        const string source = "Just plain text,\nnot HTML at all: 3 < 4 & 5 > 2.\n";

        var document = Reader.Read("plain.html", source);

        Assert.Equal("Just plain text, not HTML at all: 3 < 4 & 5 > 2.", document.Text);
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void MalformedHtmlStillReads()
    {
        const string source = "<html><body><article><p>Unclosed <b>bold <i>both</b> italic<p>Next & last <div>div</article";

        var document = Reader.Read("malformed.html", source);

        Assert.Equal("Unclosed bold both italic\n\nNext & last\n\ndiv", document.Text);
        AssertEveryWordMapsToItsSource(document);
    }

    [Fact]
    public void AnEmptyFileReadsAsAnEmptyDocument()
    {
        var document = Reader.Read("empty.html", "");

        Assert.Equal("", document.Text);
    }

    [Fact]
    public void ABinaryFileIsUnreadable()
    {
        Assert.Throws<InputException>(() => Reader.Read("image.html", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR"));
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("PAGE.HTM")]
    public void TheDefaultReadersReadHtml(string path)
    {
        Assert.IsType<HtmlDocumentReader>(DocumentReaders.Default.ForPath(path));
    }

    // --- Helpers --------------------------------------------------------------------------------------------------

    /// <summary>
    /// Every word of the analysed text maps to source text that is the word itself, or, where the word holds an entity
    /// or crosses a tag, source text that decodes to the word. Most words must be verbatim.
    /// </summary>
    private static void AssertEveryWordMapsToItsSource(Document document)
    {
        var words = Word().Matches(document.Text);
        Assert.NotEmpty(words);
        var verbatim = 0;
        foreach (Match word in words)
        {
            var span = new TextSpan(word.Index, word.Index + word.Length);
            var source = document.Source[document.Map.ToSource(span)];
            if (source.Contains('&') || source.Contains('<'))
            {
                Assert.Equal(word.Value, WebUtility.HtmlDecode(Tag().Replace(source, "")));
            }
            else
            {
                Assert.Equal(word.Value, source);
                Assert.True(document.Map.IsVerbatim(span, document.Text, document.Source.Text));
                verbatim++;
            }
        }
        Assert.True(verbatim * 2 > words.Count, $"Only {verbatim} of {words.Count} words are verbatim.");
    }

    private static void AssertQuote(Document document, QuoteRegion quote, QuoteRegionKind kind, string text, string? citedSource)
    {
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(text, document[quote.Span]);
        Assert.Equal(citedSource, quote.CitedSource);
    }

    private static TextSpan SpanOf(Document document, string text)
    {
        var at = document.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the analysed text.");
        return new TextSpan(at, at + text.Length);
    }

    private static string SourceOf(Document document, string text) => document.Source[document.Map.ToSource(SpanOf(document, text))];

    private static ArticleBody FindBody(string source)
    {
        var options = new HtmlParserOptions { IsKeepingSourceReferences = true };
        return HtmlArticleBody.Find(new HtmlParser(options).ParseDocument(source), source, options);
    }

    private static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string ReadSample(string name) => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", name));

    private static string TestPagesDirectory => Path.Combine(RepositoryRoot, "tests", "Attribution.Tests", "Documents", "Pages");

    private static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Attribution.sln")))
                {
                    return directory.FullName;
                }
            }
            throw new InvalidOperationException("The repository root (with Attribution.sln) is not above the test binaries.");
        }
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void PictureCaptionsCreditsAndAdLabelsAreLeftOutButAQuotationsCaptionStays()
    {
        const string source = """
            <article><p>"We went ahead," said Ann Lee.</p>
            <figure><img src="a.jpg"><figcaption>A module. Credit: ESA</figcaption></figure>
            <span class="newsCaption">Protesters <span class="caption">(Image: AP)</span></span>
            <div aria-label="Advertisement"><span>Advertisement</span></div>
            <div data-role="ad-label">Sponsored</div>
            <p>"We looked at every option."</p>
            <figure><blockquote>Shorter hours become closures.</blockquote><figcaption>The union</figcaption></figure></article>
            """;

        var document = Reader.Read("captions.html", source);

        Assert.Equal("\"We went ahead,\" said Ann Lee.\n\n\"We looked at every option.\"\n\nShorter hours become closures.\n\nThe union", document.Text);
    }
}
