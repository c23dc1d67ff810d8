using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Attribution.Tests.Packaging;

/// <summary>
/// Packs the library and the tool with the real SDK, installs the tool from the local package into a temporary
/// tool path and runs it on an article, as a user who installs attrib would.
/// </summary>
public class ToolPackageTests
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_and_checks_an_article()
    {
        using var work = new TempDirectory();
        var sources = CopySources(work.Path);
        var feed = work.CreateDirectory("feed");

        RunDotnet(sources, null, "pack", Path.Combine("src", "Attribution.Cli"), "-c", "Release", "-o", feed);
        RunDotnet(sources, null, "pack", Path.Combine("src", "Attribution"), "-c", "Release", "-o", feed);
        AssertPackageMetadata(feed, "Attribution");
        AssertPackageMetadata(feed, "Attribution.Cli");

        // No source but the local folder, and a package cache of its own: the install needs no network and cannot
        // pick up a package of the same version cached by an earlier run.
        var config = work.Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var toolPath = work.CreateDirectory("tools");
        RunDotnet(work.Path, work.CreateDirectory("packages"),
            "tool", "install", "Attribution.Cli", "--tool-path", toolPath, "--configfile", config, "--add-source", feed);
        var attrib = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "attrib.exe" : "attrib");

        work.Write("article/story.md", """
            # Council vote

            “We will not raise taxes this year,” the mayor told reporters.

            """);
        var clean = Run(attrib, work["article"], null, "check", "story.md");
        Assert.Equal((0, "1 file checked, 0 errors, 0 warnings, 0 info\n", ""), clean);

        File.AppendAllText(work["article/story.md"], "Genral Ashfaq Kayani visited the harbour on Tuesday.\n");
        var findings = Run(attrib, work["article"], null, "check", "story.md", "--format", "github");
        Assert.Equal(1, findings.Code);
        Assert.StartsWith("::warning file=story.md,line=4,col=1,endLine=4,endColumn=6,title=ATTR004::'Genral' looks like", findings.Output);
    }

    private static void AssertPackageMetadata(string feed, string packageId)
    {
        using var package = ZipFile.OpenRead(Directory.GetFiles(feed, packageId + ".*.nupkg")
            .Single(file => char.IsDigit(Path.GetFileName(file)[packageId.Length + 1])));
        Assert.NotNull(package.GetEntry("LICENSE"));
        Assert.NotNull(package.GetEntry("README.md"));
        using var nuspecStream = package.GetEntry(packageId + ".nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("the Attribution authors", Field("authors"));
        Assert.NotEmpty(Field("description"));
        Assert.Contains("attribution", Field("tags"));
    }

    /// <summary>
    /// Copies what a pack reads (the two source projects and the shared build files) to a directory of its own, so the
    /// Release build does not write into the tree this test run is building from.
    /// </summary>
    private static string CopySources(string workDirectory)
    {
        var root = RuleTester.RepositoryRoot;
        var target = Path.Combine(workDirectory, "repo");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", "LICENSE" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(root, file), Path.Combine(target, file));
        }

        foreach (var project in new[] { "Attribution", "Attribution.Cli" })
            CopyDirectory(Path.Combine(root, "src", project), Path.Combine(target, "src", project));
        return target;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
                CopyDirectory(directory, Path.Combine(to, name));
        }
    }

    private static void RunDotnet(string directory, string? packageCache, params string[] args)
    {
        var result = Run("dotnet", directory, packageCache, args);
        Assert.True(result.Code == 0, $"dotnet {string.Join(' ', args)} exited {result.Code}:\n{result.Output}\n{result.Error}");
    }

    private static (int Code, string Output, string Error) Run(string fileName, string directory, string? packageCache, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (packageCache is not null)
            start.Environment["NUGET_PACKAGES"] = packageCache;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in {CommandTimeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
