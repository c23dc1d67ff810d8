using System.CommandLine;
using Attribution.Configuration;

namespace Attribution.Cli;

/// <summary>attrib init: writes a commented starter attribution.yaml in the current directory, never over an existing one.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", $"Write a commented starter {AttributionConfig.FileName} in the current directory.");
        command.SetAction(_ =>
        {
            var path = Path.Combine(context.CurrentDirectory, AttributionConfig.FileName);
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(ConfigurationTemplate.Text);
            }
            catch (IOException) when (File.Exists(path))
            {
                context.Error.WriteLine($"attrib: {AttributionConfig.FileName} already exists; it was left as it is");
                return ExitCodes.UsageOrInputError;
            }
            context.Output.WriteLine($"wrote {AttributionConfig.FileName}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
