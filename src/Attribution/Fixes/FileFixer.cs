using System.Security.Cryptography;
using System.Text;
using Attribution.Documents;

namespace Attribution.Fixes;

/// <summary>What <c>--fix</c> did to one file.</summary>
public enum FileFixStatus
{
    /// <summary>No safe fix applied: the file was not written.</summary>
    Unchanged,

    /// <summary>The fixes were written.</summary>
    Written,

    /// <summary>The file changed on disk after it was read: left as it is.</summary>
    ChangedSinceRead,

    /// <summary>The fixed text cannot be written in the file's encoding, or the file could not be replaced: left as it is.</summary>
    NotWritten,
}

/// <summary>
/// One file after <c>--fix</c>: what was applied, what was left, and the check of the text as it now stands
/// (the fixed text when it was written, else the original).
/// </summary>
/// <param name="Original">The file's text as it was read: the plan's findings point into it.</param>
public sealed record FileFixOutcome(InputFile File, FileFixStatus Status, Text.SourceText Original, FixPlan Plan, DocumentResult Result, string? Problem = null);

/// <summary>
/// Applies the safe fixes of one file in place without losing anything: the fixed text is encoded as the file
/// was (same encoding, byte-order mark and line endings: fixes never add a line break), written to a temporary file
/// beside it and renamed over it, and only when the file still has the bytes it was read with. A file without
/// fixes is never written.
/// </summary>
/// <param name="check">Checks a document read from the file: the same findings the report shows.</param>
public sealed class FileFixer(DocumentReaders readers, Func<InputFile, Document, DocumentResult> check)
{
    /// <summary>Reads, checks and fixes the file; null for a binary file. Throws <see cref="InputException"/> for a file that cannot be read or decoded.</summary>
    public FileFixOutcome? Fix(InputFile file)
    {
        var reader = readers.ForPath(file.FullPath) ?? throw new InputException($"unsupported file type '{Path.GetExtension(file.FullPath)}'");
        var original = ReadBytes(file.FullPath);
        if (!InputDecoder.TryDecode(original, file.FullPath, out var decoded))
        {
            return null;
        }
        var document = ArticleLoader.Read(reader, file.DisplayPath, decoded.Text).WithNotices(decoded.Notices);
        var result = check(file, document);
        var plan = FixApplier.Apply(decoded.Text, result.Diagnostics);
        if (!plan.Changes)
        {
            return new FileFixOutcome(file, FileFixStatus.Unchanged, document.Source, plan, result);
        }
        if (decoded.Notices.Count > 0 && !RoundTrips(original, decoded))
        {
            // Bytes read as U+FFFD cannot be written back: fixing the file would lose them.
            return new FileFixOutcome(file, FileFixStatus.NotWritten, document.Source, plan, result, "it has bytes that fit no character, which writing the fixes would replace with U+FFFD");
        }
        byte[] fixedBytes;
        try
        {
            fixedBytes = Encode(plan.Text, decoded);
        }
        catch (EncoderFallbackException)
        {
            return new FileFixOutcome(file, FileFixStatus.NotWritten, document.Source, plan, result, $"the fixed text cannot be written in {decoded.EncodingName}");
        }
        var status = Replace(file.FullPath, original, fixedBytes, out var problem);
        if (status != FileFixStatus.Written)
        {
            return new FileFixOutcome(file, status, document.Source, plan, result, problem);
        }
        return new FileFixOutcome(file, status, document.Source, plan, check(file, ArticleLoader.Read(reader, file.DisplayPath, plan.Text)));
    }

    private static bool RoundTrips(byte[] original, DecodedInput decoded)
    {
        try
        {
            return Encode(decoded.Text, decoded).AsSpan().SequenceEqual(original);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The text in the file's own encoding, with its byte-order mark when it had one; a character the encoding cannot hold throws.</summary>
    private static byte[] Encode(string text, DecodedInput decoded)
    {
        var encoding = (Encoding)decoded.Encoding.Clone();
        encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        var preamble = decoded.HasByteOrderMark ? encoding.GetPreamble() : [];
        return [.. preamble, .. encoding.GetBytes(text)];
    }

    private static FileFixStatus Replace(string path, byte[] original, byte[] fixedBytes, out string? problem)
    {
        problem = null;
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.attrib-fix");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(fixedBytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }
            // The last look before the rename: an editor may have saved the file since it was read.
            if (!SameContent(original, CurrentBytes(path)))
            {
                problem = "the file changed since it was read";
                return FileFixStatus.ChangedSinceRead;
            }
            File.Move(temporary, path, overwrite: true);
            return FileFixStatus.Written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot write the file: {e.Message}";
            return FileFixStatus.NotWritten;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static bool SameContent(byte[] original, byte[] now) =>
        original.Length == now.Length && now.Length > 0 && SHA256.HashData(original).AsSpan().SequenceEqual(SHA256.HashData(now));

    private static byte[] CurrentBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read the file: {e.Message}", e);
        }
    }
}
