using Attribution.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Attribution.Documents;

/// <summary>
/// Markdown (CommonMark with pipe tables and strikethrough) and MDX. Front matter (YAML or TOML) gives the
/// metadata; the analysed text is the prose, each block separated by a blank line, every character mapped
/// back to where it stands in the file. Block quotations become <see cref="QuoteRegion"/>s.
/// </summary>
public sealed class MarkdownDocumentReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown", ".mdx"];

    public Document Read(string path, string content)
    {
        var frontMatter = FrontMatter.Read(content);
        var hidden = new List<TextSpan>();
        if (frontMatter is not null)
        {
            hidden.Add(frontMatter.Span);
        }
        if (string.Equals(System.IO.Path.GetExtension(path), ".mdx", StringComparison.OrdinalIgnoreCase))
        {
            hidden.AddRange(MdxSyntax.FindCode(content, frontMatter?.Span.End ?? 0));
        }

        // Markdig reads a copy in which the hidden parts are blanked out, so its offsets are the file's own.
        var markdown = Blank(content, hidden);
        var prose = new MarkdownProse(markdown);
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            prose.AddBlock(block);
        }
        var result = prose.Build(content.Length);
        return new Document(path, new SourceText(content), result.Text, result.Map, frontMatter?.Metadata, result.QuoteRegions)
        {
            Links = result.Links,
            CitedWorks = result.CitedWorks,
        };
    }

    /// <summary>Replaces every character of the spans but line endings with a space: blank lines, same offsets.</summary>
    private static string Blank(string content, IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return content;
        }
        var chars = content.ToCharArray();
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (chars[i] is not ('\r' or '\n'))
                {
                    chars[i] = ' ';
                }
            }
        }
        return new string(chars);
    }
}
