using System.Text;
using Attribution.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApplication.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, new DeferredConsoleInput(), CliEnvironment.FromProcess());
