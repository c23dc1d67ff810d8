namespace Attribution.Documents;

/// <summary>Turns a decoded input file into a <see cref="Document"/>. One reader per input format.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions (with the dot, lower case) this reader handles.</summary>
    IReadOnlyList<string> Extensions { get; }

    Document Read(string path, string content);
}

/// <summary>An input that cannot be read as an article: reported for that file, the run goes on.</summary>
public class InputException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The 1-based line of the file where the problem is, when it is known.</summary>
    public int? Line { get; init; }
}
