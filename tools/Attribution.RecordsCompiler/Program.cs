using Attribution.RecordsCompiler;

// Compiles the public records of US office holders (executive.yaml, legislators-current.yaml,
// legislators-historical.csv) into the compact resource the library embeds.
// Exit codes: 0 written, 2 bad arguments or records that cannot be read.
const string Usage = "usage: Attribution.RecordsCompiler <records-directory> <output.bin> [--snapshot YYYY-MM]";

var positional = new List<string>();
string? snapshot = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--snapshot" && i + 1 < args.Length)
    {
        snapshot = args[++i];
    }
    else if (args[i] is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return 0;
    }
    else if (args[i].StartsWith('-'))
    {
        Console.Error.WriteLine($"error: unexpected argument '{args[i]}'");
        Console.Error.WriteLine(Usage);
        return 2;
    }
    else
    {
        positional.Add(args[i]);
    }
}
if (positional.Count != 2)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    var (people, readSnapshot) = RecordsReader.Read(positional[0]);
    var date = snapshot ?? readSnapshot
        ?? throw new InvalidDataException("the records' README names no snapshot (\"snapshot of June 2026\"): pass --snapshot YYYY-MM");
    var output = positional[1];
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    using (var file = File.Create(output))
    {
        RecordsWriter.Write(file, date, people);
    }
    Console.WriteLine($"{output}: {people.Count} people, {people.Sum(p => p.Terms.Count)} terms, {people.Sum(p => p.Roles.Count)} leadership posts, records of {date}, {new FileInfo(output).Length} bytes");
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or YamlDotNet.Core.YamlException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
