using YamlDotNet.RepresentationModel;

namespace Attribution.Tests.Packaging;

/// <summary>The CI workflow and the pre-commit hook in samples/ci: well-formed, and doing what the README says.</summary>
public class CiSampleTests
{
    private static string CiFolder => Path.Combine(RuleTester.RepositoryRoot, "samples", "ci");

    [Fact]
    public void The_workflow_uploads_the_sarif_log_the_check_writes_and_has_an_annotations_job()
    {
        var jobs = (YamlMappingNode)((YamlMappingNode)Load("github-workflow.yml"))["jobs"];
        var steps = jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .ToList();

        var sarifCheck = steps.Single(step => Field(step, "run")?.Contains("--format sarif") == true);
        Assert.Equal("attrib check content --format sarif > attrib.sarif", Field(sarifCheck, "run"));
        Assert.Equal("true", Field(sarifCheck, "continue-on-error"));

        var upload = steps.Single(step => Field(step, "uses")?.StartsWith("github/codeql-action/upload-sarif@") == true);
        Assert.Equal("attrib.sarif", Field((YamlMappingNode)upload["with"], "sarif_file"));
        Assert.Equal("always()", Field(upload, "if"));

        Assert.Contains(steps, step => Field(step, "run") == "attrib check content --format github");
        Assert.All(steps.Where(step => Field(step, "uses")?.StartsWith("actions/setup-dotnet@") == true),
            step => Assert.Equal("10.0.x", Field((YamlMappingNode)step["with"], "dotnet-version")));
        Assert.All(steps.Where(step => Field(step, "name") == "Install attrib from the sources"), step =>
        {
            Assert.Contains("dotnet pack attribution/src/Attribution.Cli -c Release", Field(step, "run"));
            Assert.Contains("dotnet tool install Attribution.Cli --tool-path", Field(step, "run"));
        });
    }

    [Fact]
    public void The_pre_commit_hook_runs_attrib_check_on_articles()
    {
        var hook = (YamlMappingNode)((YamlSequenceNode)Load(".pre-commit-hooks.yaml")).Children.Single();

        Assert.Equal("attrib", Field(hook, "id"));
        Assert.Equal("attrib check", Field(hook, "entry"));
        Assert.Equal("system", Field(hook, "language"));
        Assert.Equal(["markdown", "html", "text"], ((YamlSequenceNode)hook["types_or"]).Children.Select(n => n.ToString()));
    }

    [Fact]
    public void Files_a_hook_passes_that_are_not_articles_are_skipped_without_failing()
    {
        // pre-commit's `text` type passes YAML and other text files along with the articles.
        var (code, output, error) = CliRunner.RunIn(RuleTester.RepositoryRoot,
            "check", "samples/ci/.pre-commit-hooks.yaml", "samples/ci/github-workflow.yml", "samples/clean-article.txt");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("samples/ci/github-workflow.yml: skipped: not an article (.yml)", output);
        Assert.EndsWith("1 file checked, 0 errors, 0 warnings, 0 info, 2 files skipped\n", output);
    }

    private static YamlNode Load(string name)
    {
        using var reader = new StreamReader(Path.Combine(CiFolder, name));
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    private static string? Field(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
