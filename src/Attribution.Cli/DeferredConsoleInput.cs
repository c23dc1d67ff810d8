namespace Attribution.Cli;

/// <summary>
/// Standard input, opened the first time something reads it: only "check -" does, and setting up the console's
/// reader at every start cost a run that checks files for nothing.
/// </summary>
internal sealed class DeferredConsoleInput : TextReader
{
    private TextReader In => Console.In;

    public override int Peek() => In.Peek();

    public override int Read() => In.Read();

    public override int Read(char[] buffer, int index, int count) => In.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => In.Read(buffer);

    public override string? ReadLine() => In.ReadLine();

    public override string ReadToEnd() => In.ReadToEnd();
}
