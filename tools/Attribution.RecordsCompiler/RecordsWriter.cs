using Attribution.Records;

namespace Attribution.RecordsCompiler;

/// <summary>Writes records in the library's embedded format.</summary>
internal static class RecordsWriter
{
    public static void Write(Stream stream, string snapshot, IReadOnlyList<RecordPerson> people) => PublicRecordsFormat.Write(stream, snapshot, people);
}
