using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Attribution.Documents;

/// <summary>
/// The text of an input file and how it was encoded. <see cref="Text"/> has no byte-order mark: every offset
/// reported later is a UTF-16 offset into it.
/// </summary>
/// <param name="Text">The decoded text, byte-order mark removed, nothing else changed (line ends stay as they were).</param>
/// <param name="EncodingName">A lower-case name: utf-8, utf-16le, utf-16be, utf-32le, utf-32be, or a declared charset such as windows-1252.</param>
/// <param name="Encoding">Writes the text back as the file had it: same encoding, byte-order mark included when the file had one.</param>
/// <param name="HasByteOrderMark">True when the file started with a byte-order mark.</param>
public sealed record DecodedInput(string Text, string EncodingName, Encoding Encoding, bool HasByteOrderMark);

/// <summary>
/// Turns an input file's bytes into text, deterministically and without loss.
/// </summary>
/// <remarks>
/// The order of decisions:
/// <list type="number">
/// <item>A byte-order mark decides: UTF-32 LE/BE, UTF-8, UTF-16 LE/BE (UTF-32 LE is tested before UTF-16 LE, whose mark it begins with).</item>
/// <item>Without one, a NUL byte anywhere means a binary file, not an article (UTF-16 without a mark is treated as binary too).</item>
/// <item>An HTML file may declare its charset in its first 1024 bytes (<c>meta charset</c> or <c>http-equiv</c> Content-Type), which is honoured.</item>
/// <item>Everything else must be valid UTF-8.</item>
/// </list>
/// Undecodable input raises an <see cref="InputException"/> whose message names the file and the byte offset (0-based) where decoding failed.
/// </remarks>
public static class InputDecoder
{
    /// <summary>How many leading bytes an HTML file's charset declaration must lie within.</summary>
    public const int CharsetPrescanLength = 1024;

    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Returns false, with no text, when the file is binary (NUL bytes and no
    /// UTF-16 or UTF-32 byte-order mark): such a file is skipped, not an error.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="path">The path as shown to the user: it names the file in error messages, and its extension tells whether an HTML charset declaration is honoured.</param>
    /// <exception cref="InputException">The bytes are not valid in the encoding they were found to be in.</exception>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string path, [NotNullWhen(true)] out DecodedInput? input)
    {
        input = DecodeWithByteOrderMark(bytes, path);
        if (input is not null)
        {
            return true;
        }
        if (bytes.Contains((byte)0))
        {
            return false;
        }
        input = IsHtml(path) ? DecodeHtml(bytes, path) : DecodeUtf8(bytes, path, hasByteOrderMark: false, unsupportedCharset: null);
        return true;
    }

    /// <summary>
    /// True when the bytes look binary: a NUL byte and no UTF-16 or UTF-32 byte-order mark. Given the start of a
    /// file only, it answers for that start (the finder sniffs the first few kilobytes; <see cref="TryDecode"/> checks the whole file).
    /// </summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes) =>
        bytes.Contains((byte)0) && DetectByteOrderMark(bytes) is not (ByteOrderMark.Utf16LittleEndian or ByteOrderMark.Utf16BigEndian
            or ByteOrderMark.Utf32LittleEndian or ByteOrderMark.Utf32BigEndian);

    private enum ByteOrderMark
    {
        None,
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32LittleEndian,
        Utf32BigEndian,
    }

    private static ByteOrderMark DetectByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => ByteOrderMark.Utf32LittleEndian,
        [0x00, 0x00, 0xFE, 0xFF, ..] => ByteOrderMark.Utf32BigEndian,
        [0xEF, 0xBB, 0xBF, ..] => ByteOrderMark.Utf8,
        [0xFF, 0xFE, ..] => ByteOrderMark.Utf16LittleEndian,
        [0xFE, 0xFF, ..] => ByteOrderMark.Utf16BigEndian,
        _ => ByteOrderMark.None,
    };

    private static DecodedInput? DecodeWithByteOrderMark(ReadOnlySpan<byte> bytes, string path) => DetectByteOrderMark(bytes) switch
    {
        ByteOrderMark.Utf8 => DecodeUtf8(bytes[3..], path, hasByteOrderMark: true, unsupportedCharset: null, offset: 3),
        ByteOrderMark.Utf16LittleEndian => DecodeUtf16(bytes[2..], path, bigEndian: false),
        ByteOrderMark.Utf16BigEndian => DecodeUtf16(bytes[2..], path, bigEndian: true),
        ByteOrderMark.Utf32LittleEndian => DecodeUtf32(bytes[4..], path, bigEndian: false),
        ByteOrderMark.Utf32BigEndian => DecodeUtf32(bytes[4..], path, bigEndian: true),
        _ => null,
    };

    private static bool IsHtml(string path) => HtmlExtensions.Contains(Path.GetExtension(path));

    private static DecodedInput DecodeHtml(ReadOnlySpan<byte> bytes, string path)
    {
        var label = HtmlCharsetDeclaration.Find(bytes[..Math.Min(bytes.Length, CharsetPrescanLength)]);
        if (label is null)
        {
            return DecodeUtf8(bytes, path, hasByteOrderMark: false, unsupportedCharset: null);
        }
        var encoding = CharsetLabels.Resolve(label);
        if (encoding is null)
        {
            return DecodeUtf8(bytes, path, hasByteOrderMark: false, unsupportedCharset: label);
        }
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return DecodeUtf8(bytes, path, hasByteOrderMark: false, unsupportedCharset: null);
        }
        try
        {
            return new DecodedInput(encoding.GetString(bytes), encoding.WebName.ToLowerInvariant(), encoding, HasByteOrderMark: false);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{path}: not valid {encoding.WebName.ToLowerInvariant()} at byte {Math.Max(0, e.Index)}", e);
        }
    }

    private static DecodedInput DecodeUtf8(ReadOnlySpan<byte> bytes, string path, bool hasByteOrderMark, string? unsupportedCharset, int offset = 0)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var at = offset + FirstInvalidUtf8(bytes);
            throw new InputException(unsupportedCharset is null
                ? $"{path}: not valid UTF-8 at byte {at}"
                : $"{path}: declared charset '{unsupportedCharset}' is not supported, and the file is not valid UTF-8 at byte {at}");
        }
        return new DecodedInput(Encoding.UTF8.GetString(bytes), "utf-8", new UTF8Encoding(hasByteOrderMark, throwOnInvalidBytes: true), hasByteOrderMark);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed))
            {
                return at;
            }
            at += consumed;
        }
        return at;
    }

    private static DecodedInput DecodeUtf16(ReadOnlySpan<byte> bytes, string path, bool bigEndian)
    {
        var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
        if (bytes.Length % 2 != 0)
        {
            throw new InputException($"{path}: not valid {name} at byte {2 + bytes.Length - 1}: the file ends inside a character");
        }
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var unit = bytes.Slice(i * 2, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                throw new InputException($"{path}: not valid {name} at byte {2 + (i * 2)}: unpaired surrogate");
            }
        }
        return new DecodedInput(new string(chars), name.ToLowerInvariant(), new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true), HasByteOrderMark: true);
    }

    private static DecodedInput DecodeUtf32(ReadOnlySpan<byte> bytes, string path, bool bigEndian)
    {
        var name = bigEndian ? "UTF-32BE" : "UTF-32LE";
        if (bytes.Length % 4 != 0)
        {
            throw new InputException($"{path}: not valid {name} at byte {4 + bytes.Length - (bytes.Length % 4)}: the file ends inside a character");
        }
        var text = new StringBuilder(bytes.Length / 4);
        Span<char> units = stackalloc char[2];
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var unit = bytes.Slice(i, 4);
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(unit) : BinaryPrimitives.ReadUInt32LittleEndian(unit);
            if (value > int.MaxValue || !Rune.IsValid((int)value))
            {
                throw new InputException($"{path}: not valid {name} at byte {4 + i}: U+{value:X} is not a Unicode scalar value");
            }
            var written = new Rune((int)value).EncodeToUtf16(units);
            text.Append(units[..written]);
        }
        return new DecodedInput(text.ToString(), name.ToLowerInvariant(), new UTF32Encoding(bigEndian, byteOrderMark: true, throwOnInvalidCharacters: true), HasByteOrderMark: true);
    }
}
