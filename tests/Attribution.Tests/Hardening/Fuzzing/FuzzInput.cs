using System.Text;

namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>One generated file: its name (whose extension picks the reader) and its bytes.</summary>
public sealed record FuzzInput(string Name, byte[] Bytes)
{
    public static FuzzInput FromText(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The text as UTF-8 would read it, for readers that take text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>Shown by FsCheck for a failing case: the name and the content with control characters escaped, so it can be pasted into a test.</summary>
    public override string ToString() => $"{Name} ({Bytes.Length} bytes): \"{Escape(Text)}\"";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 2_000 ? text[..2_000] : text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
