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
/// <remarks>When <see cref="Notices"/> says bytes were read as U+FFFD, writing the text back does not restore them.</remarks>
public sealed record DecodedInput(string Text, string EncodingName, Encoding Encoding, bool HasByteOrderMark)
{
    /// <summary>What decoding had to do that the author should know: bytes shown as U+FFFD, a declared charset overruled.</summary>
    public IReadOnlyList<InputNotice> Notices { get; init; } = [];
}

/// <summary>
/// Turns an input file's bytes into text as a browser would, deterministically and without refusing a file.
/// </summary>
/// <remarks>
/// The order of decisions:
/// <list type="number">
/// <item>A byte-order mark decides: UTF-32 LE/BE, UTF-8, UTF-16 LE/BE (UTF-32 LE is tested before UTF-16 LE, whose mark it begins with).</item>
/// <item>Without one, a NUL byte anywhere means a binary file, not an article (UTF-16 without a mark is treated as binary too).</item>
/// <item>An HTML file may declare its charset in its first 1024 bytes (<c>meta charset</c> or <c>http-equiv</c> Content-Type): its
/// WHATWG label picks the decoder (gb2312 is GBK, iso-8859-1 is windows-1252). Bytes that are valid UTF-8 and not all ASCII are
/// read as UTF-8 whatever the declaration says: a tool re-encoded the page and left the tag.</item>
/// <item>Everything else is UTF-8.</item>
/// </list>
/// A byte sequence that fits no character in the chosen encoding becomes U+FFFD, one character for each as the
/// WHATWG decoders produce them, and the file gets an <see cref="InputNotice"/> naming the first such byte. The text
/// is never shortened or shifted otherwise, so offsets into it stay exact.
/// </remarks>
public static class InputDecoder
{
    /// <summary>How many leading bytes an HTML file's charset declaration must lie within.</summary>
    public const int CharsetPrescanLength = 1024;

    private const string ReplacedBytes = "bytes that fit no character are read as U+FFFD";

    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Returns false, with no text, when the file is binary (NUL bytes and no
    /// UTF-16 or UTF-32 byte-order mark): such a file is skipped, not an error.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="path">The file's path: its extension tells whether an HTML charset declaration is honoured.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string path, [NotNullWhen(true)] out DecodedInput? input)
    {
        input = DecodeWithByteOrderMark(bytes);
        if (input is not null)
        {
            return true;
        }
        if (bytes.Contains((byte)0))
        {
            return false;
        }
        input = IsHtml(path) ? DecodeHtml(bytes) : DecodeUtf8(bytes, hasByteOrderMark: false);
        return true;
    }

    /// <summary>
    /// True when the bytes look binary: a NUL byte and no UTF-16 or UTF-32 byte-order mark. <see cref="TryDecode"/>
    /// asks it of the whole file.
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

    private static DecodedInput? DecodeWithByteOrderMark(ReadOnlySpan<byte> bytes) => DetectByteOrderMark(bytes) switch
    {
        ByteOrderMark.Utf8 => DecodeUtf8(bytes[3..], hasByteOrderMark: true, offset: 3),
        ByteOrderMark.Utf16LittleEndian => DecodeUtf16(bytes[2..], bigEndian: false),
        ByteOrderMark.Utf16BigEndian => DecodeUtf16(bytes[2..], bigEndian: true),
        ByteOrderMark.Utf32LittleEndian => DecodeUtf32(bytes[4..], bigEndian: false),
        ByteOrderMark.Utf32BigEndian => DecodeUtf32(bytes[4..], bigEndian: true),
        _ => null,
    };

    private static bool IsHtml(string path) => HtmlExtensions.Contains(Path.GetExtension(path));

    private static DecodedInput DecodeHtml(ReadOnlySpan<byte> bytes)
    {
        var label = HtmlCharsetDeclaration.Find(bytes[..Math.Min(bytes.Length, CharsetPrescanLength)]);
        if (label is null)
        {
            return DecodeUtf8(bytes, hasByteOrderMark: false);
        }
        var declared = CharsetLabels.Resolve(label);
        if (declared is null)
        {
            var utf8 = DecodeUtf8(bytes, hasByteOrderMark: false);
            return utf8 with { Notices = [new InputNotice($"the declared charset '{label}' is not one a browser knows; read as UTF-8"), .. utf8.Notices] };
        }
        if (declared.IsUtf8)
        {
            return DecodeUtf8(bytes, hasByteOrderMark: false);
        }
        if (!System.Text.Ascii.IsValid(bytes) && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return DecodeUtf8(bytes, hasByteOrderMark: false) with
            {
                Notices = [new InputNotice($"the page declares charset '{label}', but its bytes are UTF-8; read as UTF-8")],
            };
        }
        try
        {
            return new DecodedInput(declared.Strict.GetString(bytes), declared.Name, declared.Strict, HasByteOrderMark: false);
        }
        catch (DecoderFallbackException e)
        {
            // The bytes before the first invalid one decode cleanly, so their character count is the replacement's offset.
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var text = declared.Lenient.GetString(bytes);
            var notice = new InputNotice($"not valid {declared.Name} at byte {at}: {ReplacedBytes}", LineAt(text, declared.Lenient.GetCharCount(bytes[..at])));
            return new DecodedInput(text, declared.Name, declared.Strict, HasByteOrderMark: false) { Notices = [notice] };
        }
    }

    private static DecodedInput DecodeUtf8(ReadOnlySpan<byte> bytes, bool hasByteOrderMark, int offset = 0)
    {
        var encoding = new UTF8Encoding(hasByteOrderMark, throwOnInvalidBytes: true);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedInput(Encoding.UTF8.GetString(bytes), "utf-8", encoding, hasByteOrderMark);
        }
        // Encoding.UTF8 replaces each maximal invalid subsequence with one U+FFFD, as the WHATWG decoder does.
        var at = FirstInvalidUtf8(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var notice = new InputNotice($"not valid UTF-8 at byte {offset + at}: {ReplacedBytes}", LineAt(text, Encoding.UTF8.GetCharCount(bytes[..at])));
        return new DecodedInput(text, "utf-8", encoding, hasByteOrderMark) { Notices = [notice] };
    }

    /// <summary>The 1-based line of a UTF-16 offset into the decoded text.</summary>
    private static int LineAt(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;

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

    private static DecodedInput DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
        var chars = new char[(bytes.Length + 1) / 2];
        for (var i = 0; i < bytes.Length / 2; i++)
        {
            var unit = bytes.Slice(i * 2, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }
        string? problem = null;
        var problemAt = 0;
        if (bytes.Length % 2 != 0)
        {
            chars[^1] = '\uFFFD';
            (problem, problemAt) = ("the file ends inside a character", chars.Length - 1);
        }
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(chars[i]) && i > 0 && char.IsHighSurrogate(chars[i - 1]))
            {
                i--;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
                (problem, problemAt) = ("unpaired surrogate", i);
            }
        }
        var text = new string(chars);
        return new DecodedInput(text, name.ToLowerInvariant(), new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true), HasByteOrderMark: true)
        {
            Notices = problem is null ? [] : [new InputNotice($"not valid {name} at byte {2 + (problemAt * 2)}: {problem}, read as U+FFFD", LineAt(text, problemAt))],
        };
    }

    private static DecodedInput DecodeUtf32(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "UTF-32BE" : "UTF-32LE";
        var text = new StringBuilder(bytes.Length / 4);
        InputNotice? notice = null;
        Span<char> units = stackalloc char[2];
        for (var i = 0; i < bytes.Length; i += 4)
        {
            string? problem = null;
            if (i + 4 > bytes.Length)
            {
                problem = "the file ends inside a character";
            }
            else
            {
                var unit = bytes.Slice(i, 4);
                var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(unit) : BinaryPrimitives.ReadUInt32LittleEndian(unit);
                if (value <= int.MaxValue && Rune.IsValid((int)value))
                {
                    text.Append(units[..new Rune((int)value).EncodeToUtf16(units)]);
                    continue;
                }
                problem = $"U+{value:X} is not a Unicode scalar value";
            }
            notice ??= new InputNotice($"not valid {name} at byte {4 + i}: {problem}, read as U+FFFD", LineAt(text.ToString(), text.Length));
            text.Append('\uFFFD');
        }
        return new DecodedInput(text.ToString(), name.ToLowerInvariant(), new UTF32Encoding(bigEndian, byteOrderMark: true, throwOnInvalidCharacters: true), HasByteOrderMark: true)
        {
            Notices = notice is null ? [] : [notice],
        };
    }
}
