using System.IO.Compression;
using Attribution.Documents;

namespace Attribution.RuleBenchmark;

/// <summary>
/// The web-news pages: each <c>html/&lt;hash&gt;.html.gz</c> is unpacked into a temporary folder and read as the
/// command line reads a saved page, so that what is measured is what a user gets.
/// </summary>
public static class WebNews
{
    public const string CorpusName = "web-news";

    /// <summary>The findings on every page, and how many pages were read.</summary>
    public static (IReadOnlyList<Finding> Findings, int Pages) Check(string directory)
    {
        var html = Path.Combine(directory, "html");
        if (!Directory.Exists(html))
        {
            throw new DirectoryNotFoundException($"'{directory}' has no html/ folder of pages");
        }
        var unpacked = Directory.CreateTempSubdirectory("attrib-web-news-");
        try
        {
            var pages = Directory.GetFiles(html, "*.html.gz").Order(StringComparer.Ordinal).Select(gz =>
            {
                var name = Path.GetFileName(gz)[..^".gz".Length];
                var path = Path.Combine(unpacked.FullName, name);
                using (var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress))
                using (var output = File.Create(path))
                {
                    input.CopyTo(output);
                }
                return new InputFile(path, name);
            }).ToList();
            var checker = new Checker();
            var loader = new ArticleLoader();
            var findings = new List<Finding>[pages.Count];
            Parallel.For(0, pages.Count, i =>
            {
                findings[i] = [];
                Document? document;
                try
                {
                    document = loader.Load(pages[i]);
                }
                catch (InputException)
                {
                    return;
                }
                if (document is null)
                {
                    return;
                }
                var result = checker.Check(document);
                var file = Path.GetFileNameWithoutExtension(pages[i].DisplayPath);
                findings[i].AddRange(result.Diagnostics.Select(d => new Finding(CorpusName, file, pages[i].DisplayPath, d, document.Source)));
            });
            return ([.. findings.SelectMany(f => f)], pages.Count);
        }
        finally
        {
            unpacked.Delete(recursive: true);
        }
    }
}
