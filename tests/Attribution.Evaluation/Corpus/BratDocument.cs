namespace Attribution.Evaluation.Corpus;

/// <summary>A half-open range [Start, End) of Unicode code points, as written in a brat standoff file.</summary>
public readonly record struct CodePointRange(int Start, int End);

/// <summary>A text-bound annotation: <c>T&lt;n&gt;\t&lt;Label&gt; &lt;start&gt; &lt;end&gt;[;&lt;start&gt; &lt;end&gt;…]\t&lt;text&gt;</c>.</summary>
/// <param name="Fragments">The ranges in the order the file lists them (not necessarily sorted).</param>
/// <param name="Text">The span text as the file records it: brat joins the text of several fragments with one space.</param>
public sealed record BratTextBound(string Id, string Label, IReadOnlyList<CodePointRange> Fragments, string Text, int LineNumber);

/// <summary>One argument of an event: a role (<c>Content2</c>) and the text-bound annotation it points at.</summary>
public sealed record BratArgument(string Role, string TargetId)
{
    /// <summary>The role without its repetition number: <c>Content2</c> → <c>Content</c>.</summary>
    public string BaseRole => Role.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
}

/// <summary>An event: <c>E&lt;n&gt;\t&lt;Type&gt;:T&lt;trigger&gt; &lt;Role&gt;:T&lt;x&gt; …</c>.</summary>
public sealed record BratEvent(string Id, string Type, string TriggerId, IReadOnlyList<BratArgument> Arguments, int LineNumber);

/// <summary>A parsed brat standoff file. Lines the parser could not read are listed in <see cref="Problems"/>.</summary>
public sealed record BratDocument(
    IReadOnlyDictionary<string, BratTextBound> TextBounds,
    IReadOnlyList<BratEvent> Events,
    IReadOnlyList<string> Problems);
