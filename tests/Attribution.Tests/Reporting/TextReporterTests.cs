using Attribution.Cli;

namespace Attribution.Tests.Reporting;

/// <summary>The text report through the CLI: excerpts with carets, and colour only where it is wanted.</summary>
public class TextReporterTests
{
    private const string Article = "The council met.\n\nGenral Ashfaq Parvez Kayani met the delegation in Moscow.\n";

    private static string Check(CliEnvironment environment, params string[] options)
    {
        var output = new StringWriter();
        CliApplication.Run(["check", "--stdin", "--stdin-filename", "post.txt", .. options], output, new StringWriter(), RuleTester.RepositoryRoot, new StringReader(Article), environment);
        return output.ToString();
    }

    private static CliEnvironment Terminal(string? noColor = null) => new(true, name => name == "NO_COLOR" ? noColor : null);

    [Fact]
    public void A_finding_shows_its_line_with_carets_under_the_span()
    {
        var lines = Check(CliEnvironment.None).Split('\n');
        var finding = Array.FindIndex(lines, l => l.StartsWith("post.txt(3,1): warning ATTR004:", StringComparison.Ordinal));
        Assert.True(finding >= 0);
        Assert.Equal("3 | Genral Ashfaq Parvez Kayani met the delegation in Moscow.", lines[finding + 1]);
        Assert.Equal("  | ^^^^^^", lines[finding + 2]);
    }

    [Fact]
    public void Auto_colours_a_terminal_only()
    {
        Assert.Contains("\u001b[", Check(Terminal()));
        Assert.DoesNotContain("\u001b[", Check(CliEnvironment.None));
    }

    [Fact]
    public void No_color_set_turns_auto_colour_off_but_an_empty_one_does_not()
    {
        Assert.DoesNotContain("\u001b[", Check(Terminal(noColor: "1")));
        Assert.Contains("\u001b[", Check(Terminal(noColor: "")));
    }

    [Fact]
    public void Color_always_and_never_override_the_terminal()
    {
        Assert.Contains("\u001b[1;33mwarning\u001b[0m", Check(CliEnvironment.None, "--color", "always"));
        Assert.DoesNotContain("\u001b[", Check(Terminal(), "--color", "never"));
    }

    [Fact]
    public void Colour_changes_nothing_but_the_escape_codes()
    {
        var coloured = System.Text.RegularExpressions.Regex.Replace(Check(CliEnvironment.None, "--color", "always"), "\u001b\\[[0-9;]*m", "");
        Assert.Equal(Check(CliEnvironment.None), coloured);
    }
}

public class CheckHelpTests
{
    [Fact]
    public void Check_help_lists_every_format_and_the_colour_option()
    {
        var output = new StringWriter();
        CliApplication.Run(["check", "--help"], output, new StringWriter(), RuleTester.RepositoryRoot);
        var help = output.ToString();
        var formatLine = help.Split('\n').First(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal));
        foreach (var format in new[] { "text", "json", "sarif", "github", "diff" })
        {
            Assert.Contains(format, formatLine);
        }
        Assert.Contains("--color", help);
    }
}
