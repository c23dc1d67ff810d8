using Attribution.Configuration;

namespace Attribution.Tests.Configuration;

/// <summary>attribution.yaml found upward from each checked file, run through the real command line on real files.</summary>
public class ConfigurationTests
{
    private const string Misspelt = "Genral Ashfaq Parvez Kayani met the delegation in Moscow.\n";


    [Fact]
    public void The_nearest_file_wins_rule_by_rule()
    {
        using var directory = new TempDirectory();
        directory.Write("attribution.yaml", "rules:\n  ATTR004: off\n  ATTR013: error\n");
        directory.Write("news/attribution.yaml", "rules: { ATTR004: error }\n");
        directory.Write("top.txt", Misspelt);
        directory.Write("news/story.txt", Misspelt + "The Russian Russian president Dmitry Medvedev met them.\n");
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", ".");
        Assert.DoesNotContain("top.txt", output);
        Assert.Contains("news/story.txt(1,1): error ATTR004", output);
        Assert.Contains("news/story.txt(2,13): error ATTR013", output);
    }

    [Fact]
    public void Root_true_stops_the_search()
    {
        using var directory = new TempDirectory();
        directory.Write("attribution.yaml", "rules: { ATTR004: off }\n");
        directory.Write("site/attribution.yaml", "root: true\n");
        directory.Write("site/story.txt", Misspelt);
        directory.Write("other/story.txt", Misspelt);
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", ".");
        Assert.Contains("site/story.txt(1,1): warning ATTR004", output);
        Assert.DoesNotContain("other/story.txt", output);
    }

    [Fact]
    public void Ignored_paths_are_not_checked_and_the_command_line_adds_its_switches()
    {
        using var directory = new TempDirectory();
        directory.Write("attribution.yaml", "ignore:\n  - drafts/\n  - \"*.old.txt\"\n");
        directory.Write("drafts/story.txt", Misspelt);
        directory.Write("story.old.txt", Misspelt);
        directory.Write("story.txt", Misspelt);
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", ".");
        Assert.StartsWith("story.txt(1,1): warning ATTR004", output);
        Assert.Contains("1 file checked", output);
        Assert.DoesNotContain("ATTR004", CliRunner.RunIn(directory.Path, "check", ".", "--disable", "ATTR006,ATTR004").Output);
        Assert.Contains("drafts/story.txt", CliRunner.RunIn(directory.Path, "check", ".", "--no-config").Output);
    }

    [Fact]
    public void The_registry_is_found_relative_to_the_file_that_names_it()
    {
        using var directory = new TempDirectory();
        directory.Write("desk/people.yaml", """
            people:
              - name: Dmitry Medvedev
                roles:
                  - { office: president, jurisdiction: Russia, from: 2008-05-07, to: 2012-05-07 }
            """);
        directory.Write("desk/attribution.yaml", "registry: people.yaml\n");
        directory.Write("desk/story.txt", "In 2009, Russian Prime Minister Dmitry Medvedev visited Islamabad.\n");
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", "desk/story.txt");
        Assert.Contains("desk/story.txt(1,10): warning ATTR007", output);
    }

    [Fact]
    public void Standard_input_takes_the_configuration_of_the_name_it_is_given()
    {
        using var directory = new TempDirectory();
        directory.Write("drafts/attribution.yaml", "rules: { ATTR004: off }\n");
        Assert.Equal(0, CliRunner.RunWithInput(directory.Path, Misspelt, "check", "--stdin", "--stdin-filename", "drafts/post.txt").Code);
        Assert.Equal(1, CliRunner.RunWithInput(directory.Path, Misspelt, "check", "--stdin", "--stdin-filename", "post.txt").Code);
    }

    [Theory]
    [InlineData("rules:\n  ATTR004: loud\n", "attribution.yaml, line 2: 'rules.ATTR004': invalid level 'loud'")]
    [InlineData("root: true\nrule: { ATTR004: off }\n", "attribution.yaml, line 2: 'rule': is not a known key")]
    [InlineData("rules: [ATTR004]\n", "attribution.yaml, line 1: 'rules': must map rule ids")]
    [InlineData("rules: {\n", "attribution.yaml, line 2: invalid YAML")]
    public void An_invalid_file_is_an_input_error_naming_the_file_line_and_key(string yaml, string message)
    {
        using var directory = new TempDirectory();
        directory.Write("attribution.yaml", yaml);
        directory.Write("story.txt", Misspelt);
        var (code, output, error) = CliRunner.RunIn(directory.Path, "check", "story.txt");
        Assert.Equal(2, code);
        Assert.Contains("attrib: " + message, error);
        Assert.Empty(output);
    }

    [Fact]
    public void An_unknown_rule_is_the_same_error_in_front_matter_configuration_and_command_line()
    {
        const string problem = "unknown rule 'ATTR999' (the rules are ATTR001…ATTR016: see 'attrib explain')";
        using var directory = new TempDirectory();
        directory.Write("front/story.md", "---\nattrib:\n  disable: [ATTR999]\n---\n\nText.\n");
        directory.Write("config/attribution.yaml", "rules:\n  ATTR999: off\n");
        directory.Write("config/story.txt", "Text.\n");
        directory.Write("plain/story.txt", "Text.\n");
        Assert.Contains($"front/story.md, line 3: error: front matter: 'attrib.disable': {problem}", CliRunner.RunIn(directory.Path, "check", "front").Output);
        Assert.Contains($"config/attribution.yaml, line 2: 'rules.ATTR999': {problem}", CliRunner.RunIn(directory.Path, "check", "config").Error);
        Assert.Contains($"--disable: {problem}", CliRunner.RunIn(directory.Path, "check", "plain", "--disable", "ATTR004,ATTR999").Error);
    }

    [Fact]
    public void An_invalid_date_in_front_matter_is_an_error_not_a_missing_date()
    {
        using var directory = new TempDirectory();
        directory.Write("story.md", "---\ndate: 2025-13-40\n---\n\nText.\n");
        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "story.md");
        Assert.Equal(2, code);
        Assert.Contains("story.md, line 2: error: front matter: 'date': invalid date '2025-13-40' (write it YYYY-MM-DD)", output);
        Assert.Throws<InvalidSettingException>(() => SettingValidator.Date("14 March 2025"));
        Assert.Equal(new DateOnly(2025, 3, 14), SettingValidator.Date("2025-03-14T09:30:00+01:00"));
    }

    [Fact]
    public void A_value_quoted_in_an_error_is_shown_on_one_line_and_cut_when_long()
    {
        using var directory = new TempDirectory();
        // A plain YAML scalar continued on the next lines: its value holds line breaks.
        directory.Write("folded.md", "---\ndate: 2025-03-14\r\r that\r\rauthor: Ana Ruiz\n---\n\nText.\n");
        directory.Write("long.md", $"---\nattrib:\n  disable: [{new string('X', 60)}]\n---\n\nText.\n");
        var (code, output, _) = CliRunner.RunIn(directory.Path, "check", "folded.md", "long.md");
        Assert.Equal(2, code);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("folded.md, line 2: error: front matter: 'date': invalid date '2025-03-14\\n", StringComparison.Ordinal)
            && l.EndsWith("' (write it YYYY-MM-DD)", StringComparison.Ordinal));
        Assert.Contains($"long.md, line 3: error: front matter: 'attrib.disable': unknown rule '{new string('X', 40)}…' (the rules", output);
    }

    [Fact]
    public void Init_writes_a_starter_file_that_changes_nothing_and_refuses_to_overwrite()
    {
        using var directory = new TempDirectory();
        Assert.Equal(0, CliRunner.RunIn(directory.Path, "init").Code);
        var path = directory["attribution.yaml"];
        var config = ConfigurationReader.Load(path, "attribution.yaml");
        Assert.Empty(config.Rules);
        Assert.Empty(config.Ignore);
        Assert.Null(config.RegistryPath);
        Assert.Contains("# ATTR006: off", File.ReadAllText(path));

        File.WriteAllText(path, "rules: { ATTR006: off }\n");
        var (code, _, error) = CliRunner.RunIn(directory.Path, "init");
        Assert.Equal(2, code);
        Assert.Contains("already exists", error);
        Assert.Equal("rules: { ATTR006: off }\n", File.ReadAllText(path));
    }
}
