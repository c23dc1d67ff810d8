using System.Text.RegularExpressions;

namespace Attribution.Documents;

/// <summary>
/// Runs a reader so that whatever its parsers throw (YAML, TOML, Markdig, AngleSharp, SmartReader) on one
/// malformed file becomes an <see cref="InputException"/> for that file, and the run goes on with the others.
/// </summary>
internal static partial class ReaderFailure
{
    public static Document Read(IDocumentReader reader, string path, string content)
    {
        try
        {
            return reader.Read(path, content);
        }
        catch (Exception e) when (e is not (InputException or OutOfMemoryException))
        {
            throw Describe(reader, e);
        }
    }

    private static InputException Describe(IDocumentReader reader, Exception e)
    {
        var format = reader switch
        {
            MarkdownDocumentReader => "Markdown",
            HtmlDocumentReader => "HTML",
            _ => "text",
        };
        // Markdig refuses deeper nesting than it can parse without exhausting the stack: that is a limit of the file, not a fault.
        if (e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            return new InputException($"{format} elements are nested too deeply, or one block holds too many, to be read", e);
        }
        return new InputException($"cannot be read as {format}: {OneLine(e.Message)}", e);
    }

    /// <summary>A library's message on one line: runs of white space, line breaks included, become one space.</summary>
    public static string OneLine(string message) => WhiteSpaceRun().Replace(message, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex WhiteSpaceRun();
}
