namespace Attribution.Documents;

/// <summary>
/// Something the reader did to a file that its author should know, though the file was checked: bytes shown as
/// U+FFFD, a declared charset overruled. Reported with the file; it does not change the exit code.
/// </summary>
/// <param name="Message">One line, e.g. <c>not valid UTF-8 at byte 57: bytes that fit no character are read as U+FFFD</c>.</param>
/// <param name="Line">The 1-based line of the decoded text it concerns, when there is one.</param>
public sealed record InputNotice(string Message, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"line {line}: {Message}" : Message;

    /// <summary>The report line for a file: <c>post.txt, line 3: notice: …</c>.</summary>
    public string ReportLine(string path) => $"{path}{(Line is { } line ? $", line {line}" : "")}: notice: {Message}";
}
