namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>A small file the fuzzer starts from.</summary>
public sealed record FuzzSeed(string Name, string Content);

/// <summary>
/// The seeds the fuzzer edits: one short article of each kind, written to reach the readers' and the analysis's
/// branches (front matter of both kinds, block quotes, lists, code, inline HTML, a page with comments and a
/// charset, titles, cues, nested and broken quotations), and the tokens its edits insert.
/// </summary>
public static class FuzzSeeds
{
    public static readonly string[] Tokens =
    [
        "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "<", ">", "</", "/>", "<p>", "</p>", "<blockquote>", "</blockquote>", "<q>", "</q>",
        "<div>", "</div>", "<article>", "<!--", "-->", "<script>", "</script>", "<meta charset=gb2312>", "&amp;", "&#x201C;", "&#0;", "&",
        "---\n", "+++\n", "...\n", "\n", "\r\n", "\r", "\n\n", "  ", "\t", "[", "]", "{", "}", ": ", "- ", "* ", "> ", "# ", "```\n", "`",
        "*", "_", "~~", "|", "\\", "(", ")", "![a](b)", "[x](http://e.com)", "{/* c */}", "import A from 'a'\n", "<Chart />",
        "title: [unclosed\n", "date: 2009-06-20\n", "attrib: { skip: true }\n", "attrib: { disable: [ATTR006] }\n", "title = \"t\"\n", "[attrib]\n",
        "\0", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\u0301", "\u200B", "\u202E", "🙂", "…", "—", "–", ".", ",", "?", "!", ";",
        "Mr. ", "Gen. ", "U.S. ", "President ", "Prime Minister ", "Sen. ", "Dmitry Medvedev", "Medvedev", "he ", "she ", "they ",
        " said", " says", " told reporters", " according to ", "officials who spoke on condition of anonymity", " 2009", " in 2007, ",
        "former ", "then-", "acting ", "2 Responses to “", "Leave a Reply\n", "Asked whether ", " and ", " that ",
    ];

    public static readonly IReadOnlyList<FuzzSeed> All =
    [
        new("news.txt", """
            Harbour Bridge Vote

            “We will rebuild the bridge by spring,” Mayor Ana Veloso said on Monday. “Nobody will wait.”
            Prime Minister Dmitry Medvedev, speaking in Moscow, told reporters that the plan was “sound”.
            Russian President Medvedev said: the budget is fixed. Officials who spoke on condition of anonymity said it was not.
            Gen. Ashfaq Parvez Kayani met the delegation. Genral Kayani later said, "It went well."
            'Scare quotes' and the O'Brien family's "view" -- he said -- were 'mixed.
            In 2007, Fradkov was prime minister. Then-Sen. Barack Obama said that he would vote no.

            2 Responses to “Harbour Bridge Vote”
            Leave a Reply
            """),
        new("post.md", """
            ---
            title: Harbour bridge vote
            date: 2025-03-14
            author: [Ana Ruiz, Bo Li]
            attrib:
              disable: [ATTR006]
            ---
            # Harbour bridge vote

            “We will rebuild,” said *Mayor* Ana Veloso. She added: “**Nobody** waits.”

            > “The bridge is the city,” the mayor said.
            > > Nested “quote” here.

            - Item with “open quote
            - [Link “text”](http://example.com "title") and `code “not prose”`

            ```
            "code block quote" said nobody
            ```

            <q cite="x">inline html quote</q> and <br/> a break.

            | a | “b” |
            |---|-----|
            | c | ~~d~~ |
            """),
        new("toml.md", """
            +++
            title = "A TOML post"
            date = 2009-06-20T10:00:00Z
            [attrib]
            skip = false
            disable = ["ATTR005"]
            +++
            Dmitry Medvedev, the Russian Prime Minister, said “yes”. President Medvedev said “no”.
            """),
        new("page.mdx", """
            ---
            title: MDX
            ---
            import { Chart } from "../components/Chart";
            export const meta = { a: 1 };

            <Callout type="note">“Quoted inside JSX,” she said.</Callout>

            {/* a comment */}
            The senator said “it is {value} done”.
            """),
        new("page.html", """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Vote</title>
            <meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2009-06-20">
            <script type="application/ld+json">{"datePublished":"2009-06-20","author":{"name":"Ana"}}</script>
            <style>p { color: red }</style></head>
            <body><header><nav><a href="/">Home</a></nav></header>
            <article><h1>Harbour bridge vote</h1>
            <p>&ldquo;We will rebuild,&rdquo; said Mayor Ana Veloso &amp; her deputy.</p>
            <blockquote cite="x"><p>The bridge is the city.</p><cite>Ana Veloso</cite></blockquote>
            <p>President Medvedev told <q>reporters</q> it was <em>fine</em>.<br>Prime Minister Medvedev disagreed.</p>
            <div class="share-bar">Share</div><aside>Related “links”</aside>
            <section id="comments"><article><p>“Spam,” said a commenter.</p></article></section>
            </article>
            <footer>© 2009</footer></body></html>
            """),
        new("legacy.htm", """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
            <body><div id="content"><p>"Hi" said Jos&eacute;.</p><p>He said: we will.</p></div>
            <div class="comments"><h3>3 Comments</h3><p>"No," said Bob.</p></div></body></html>
            """),
    ];
}
