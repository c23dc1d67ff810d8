using Attribution.Configuration;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Tests.Lexicon;

/// <summary>Cue verbs and titles a configuration adds: found in its run, unseen in any other.</summary>
public class ConfiguredLexiconTests
{
    private const string Harrumphed = "“The bridge will not open before the spring,” harrumphed Anna Berg.";
    private const string Commissioner = "Ombudsman Jane Doe opened the inquiry on Monday.";

    private static SemanticModel Read(string text, LexiconSet lexicons) =>
        SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt"), lexicons));

    private static string? SpeakerOf(string text, LexiconSet lexicons) =>
        Read(text, lexicons).Statements.Where(s => s.Kind == StatementKind.Direct).Select(s => s.Speaker is null ? null : text[s.Speaker.Span.Start..s.Speaker.Span.End]).SingleOrDefault();

    private static IEnumerable<string> OfficesClaimed(string text, LexiconSet lexicons) => Read(text, lexicons).RoleClaims.Select(c => c.Office);

    [Fact]
    public void A_configured_cue_verb_gives_a_quotation_its_speaker()
    {
        Assert.Null(SpeakerOf(Harrumphed, LexiconSet.Default));
        Assert.Equal("Anna Berg", SpeakerOf(Harrumphed, LexiconSet.With(["harrumphed"], [])));
    }

    [Fact]
    public void A_configured_title_makes_a_role_claim()
    {
        Assert.Empty(OfficesClaimed(Commissioner, LexiconSet.Default));
        Assert.Equal(["ombudsman"], OfficesClaimed(Commissioner, LexiconSet.With([], ["Ombudsman"])));
    }

    [Fact]
    public void Two_sets_in_one_process_do_not_see_each_others_words()
    {
        var cues = LexiconSet.With(["harrumphed"], []);
        var titles = LexiconSet.With([], ["Ombudsman"]);
        // Interleaved on one thread (the tokenizer's word cache is per thread) and then on many at once.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("Anna Berg", SpeakerOf(Harrumphed, cues));
            Assert.Null(SpeakerOf(Harrumphed, titles));
            Assert.Empty(OfficesClaimed(Commissioner, cues));
            Assert.Single(OfficesClaimed(Commissioner, titles));
            Assert.Null(SpeakerOf(Harrumphed, LexiconSet.Default));
        }
        Parallel.For(0, 64, i =>
        {
            var set = i % 3 == 0 ? cues : i % 3 == 1 ? titles : LexiconSet.Default;
            Assert.Equal(set == cues ? "Anna Berg" : null, SpeakerOf(Harrumphed, set));
            Assert.Equal(set == titles ? 1 : 0, OfficesClaimed(Commissioner, set).Count());
        });
    }

    [Fact]
    public void No_additions_share_the_built_in_set()
    {
        Assert.Same(LexiconSet.Default, LexiconSet.With([], []));
        Assert.Same(WordClassifier.Default, LexiconSet.With([], ["Ombudsman"]).Classifier);
    }

    [Fact]
    public void A_known_cue_keeps_its_kind_and_a_known_title_its_office()
    {
        var set = LexiconSet.With(["urged"], ["President"]);
        var token = Tokenizer.Tokenize("urged", new(0, 5), set.Classifier)[0];
        Assert.True(CueLexicon.TryGetWord(token, out var kind));
        Assert.Equal(CueKind.Object, kind);
        Assert.Equal("president", set.Offices.FindByForm("President")!.Id);
    }

    [Fact]
    public void The_configuration_file_reads_cues_and_titles_and_refuses_what_is_not_a_word()
    {
        var config = ConfigurationReader.Parse("cues: [harrumphed, quipped]\ntitles:\n  - Ombudsman\n  - Public Advocate\n", "/tmp/attribution.yaml", "attribution.yaml");
        Assert.Equal(["harrumphed", "quipped"], config.Cues);
        Assert.Equal(["Ombudsman", "Public Advocate"], config.Titles);
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationReader.Parse("cues: [said that]\n", "/tmp/attribution.yaml", "attribution.yaml"));
        Assert.Equal("cues", error.Key);
        Assert.Equal(1, error.Line);
        Assert.Throws<ConfigurationException>(() => ConfigurationReader.Parse("titles: [\"Chief | Officer\"]\n", "/tmp/attribution.yaml", "attribution.yaml"));
    }

    [Fact]
    public void Each_directory_checks_with_its_own_configuration_in_one_run()
    {
        // The same quotation credited twice: only a run that knows "harrumphed" sees the first credit.
        const string story = "“The bridge will not open before the spring, whatever the council says,” harrumphed Anna Berg.\n\n"
            + "The council met on Monday.\n\n“The bridge will not open before the spring, whatever the council says,” said Tom Lund.\n";
        using var directory = new TempDirectory();
        directory.Write("with/attribution.yaml", "root: true\ncues: [harrumphed]\n");
        directory.Write("with/story.txt", story);
        directory.Write("without/attribution.yaml", "root: true\n");
        directory.Write("without/story.txt", story);
        var (_, output, _) = CliRunner.RunIn(directory.Path, "check", ".");
        Assert.Contains("with/story.txt(5,1): info ATTR010", output);
        Assert.Contains("credited to Anna Berg here", output);
        Assert.DoesNotContain("without/story.txt", output);
    }

    [Fact]
    public void Options_check_with_the_built_in_lexicons_unless_given_others()
    {
        LexiconSet.PrepareDefault();
        var configured = LexiconSet.With(["harrumphed"], []);
        Assert.Same(LexiconSet.Default, new CheckerOptions().Lexicons);
        Assert.Same(configured, new CheckerOptions { Lexicons = configured }.Lexicons);
        Assert.Same(configured, (new CheckerOptions { Lexicons = configured } with { UsePublicRecords = false }).Lexicons);
    }
}
