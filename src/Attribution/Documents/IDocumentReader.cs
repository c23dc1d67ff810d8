namespace Attribution.Documents;

/// <summary>Turns a decoded input file into a <see cref="Document"/>. One reader per input format.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions (with the dot, lower case) this reader handles.</summary>
    IReadOnlyList<string> Extensions { get; }

    Document Read(string path, string content);
}

/// <summary>An input that cannot be read as an article: reported for that file, the run goes on.</summary>
public partial class InputException(string message, Exception? inner = null) : Exception(OneLine(message), inner)
{
    /// <summary>The 1-based line of the file where the problem is, when it is known.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The message is printed on one line after the file's name: a line break in it (from a dependency's message, or
    /// a value it quotes) would start what looks like another report line, so it is written as a space.
    /// </summary>
    private static string OneLine(string message) =>
        message.AsSpan().IndexOfAny('\r', '\n') < 0 ? message : LineBreaks().Replace(message, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[\r\n]+\s*", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex LineBreaks();
}
