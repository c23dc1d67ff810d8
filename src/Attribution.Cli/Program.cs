using System.Text;
using Attribution.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
// A report written to a file or a pipe goes out in blocks instead of a system call per line; a terminal still sees
// each line as it is written.
var output = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false }
    : Console.Out;
var exitCode = CliApplication.Run(args, output, Console.Error, Environment.CurrentDirectory, new DeferredConsoleInput(), CliEnvironment.FromProcess());
output.Flush();
return exitCode;
