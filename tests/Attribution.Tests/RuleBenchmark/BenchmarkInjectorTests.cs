using GoldAttribution = Attribution.Evaluation.Corpus.GoldAttribution;
using Attribution.Lexicon;
using Attribution.RuleBenchmark;
using Article = Attribution.RuleBenchmark.Article;
using Attribution.Text;

namespace Attribution.Tests.RuleBenchmark;

/// <summary>The benchmark's injectors on invented articles: what they write, where, and that the checker finds it.</summary>
public class BenchmarkInjectorTests
{
    private static readonly Measurement Measurement = new();

    private static GoldAttribution Gold(string text, string content, string source, string cue) => new(
        "E1",
        [Span(text, content)],
        [Span(text, source)],
        [Span(text, cue)]);

    private static TextSpan Span(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, part);
        return new TextSpan(at, at + part.Length);
    }

    [Fact]
    public void A_title_before_a_capitalised_word_is_misspelt_by_one_edit_and_caught()
    {
        var text = "Talks\n\nPresident Barack Obama met the delegation on Monday.\n";
        var injection = TitleSpellingInjector.Inject(text, OfficeLexicon.Default, new Random(3));
        Assert.NotNull(injection);
        Assert.Equal("President", injection.Original);
        Assert.True(Attribution.Text.EditDistance.IsOneEditOrSwap("President", injection.Replacement));
        var article = new Article("a.txt", "a", text, null);
        Assert.True(Measurement.IsCaught(Measurement.Check(article, injection.NewText), injection));
    }

    [Fact]
    public void A_word_of_an_annotated_source_is_doubled_and_caught()
    {
        const string text = "Talks\n\nThe council will meet again, the White House spokesman said on Monday.\n";
        var article = new Article("a.txt", "a", text, null, [Gold(text, "The council will meet again", "the White House spokesman", "said")]);
        var injection = DoubledWordInjector.Inject(article, new Random(1));
        Assert.NotNull(injection);
        var doubled = injection.NewText[injection.Span.Start..injection.Span.End];
        Assert.Contains(doubled + " " + doubled, injection.NewText, StringComparison.Ordinal);
        Assert.True(Measurement.IsCaught(Measurement.Check(article, injection.NewText), injection));
    }

    [Fact]
    public void A_closing_mark_is_removed_but_not_where_the_next_paragraph_goes_on_with_the_quotation()
    {
        const string goesOn = "Talks\n\n“We will build the bridge this year,\n\n“and we will pay for it,” she said.\n";
        var only = ClosingMarkInjector.Inject(goesOn, new Random(1));
        Assert.NotNull(only);
        Assert.Equal("”", only.Original);
        Assert.Equal(goesOn.LastIndexOf('”'), only.Span.Start);
        const string text = "Talks\n\nThe mayor said, “We will build the bridge this year,” and left.\n";
        var injection = ClosingMarkInjector.Inject(text, new Random(1))!;
        Assert.DoesNotContain('”', injection.NewText);
        Assert.True(Measurement.IsCaught(Measurement.Check(new Article("a.txt", "a", text, null), injection.NewText), injection));
    }

    [Fact]
    public void An_attribution_is_removed_only_where_nothing_before_could_be_the_speaker()
    {
        const string text = "Talks\n\nThe bridge opened in May.\n\n“We will build another one next year,” Anna Berg said on Monday.\n";
        var article = new Article("a.txt", "a", text, null, [Gold(text, "We will build another one next year", "Anna Berg", "said")]);
        var injection = AttributionRemovalInjector.Inject(article, new Random(1));
        Assert.NotNull(injection);
        Assert.EndsWith("“We will build another one next year.”\n", injection.NewText, StringComparison.Ordinal);
        Assert.True(Measurement.IsCaught(Measurement.Check(article, injection.NewText), injection));

        const string colon = "Talks\n\nThe mayor was brief:\n\n“We will build another one next year,” Anna Berg said on Monday.\n";
        Assert.Null(AttributionRemovalInjector.Inject(new Article("a.txt", "a", colon, null, [Gold(colon, "We will build another one next year", "Anna Berg", "said")]), new Random(1)));
    }

    [Fact]
    public void A_quotation_altered_replaced_or_credited_to_another_is_caught_against_the_clean_article_as_its_source()
    {
        const string text = "Talks\n\n“We will build another bridge over the river next year,” Anna Berg said on Monday.\n\n“The council cannot pay for two bridges at once,” Tom Reed said.\n";
        var article = new Article("a.txt", "a", text, null,
        [
            Gold(text, "We will build another bridge over the river next year,", "Anna Berg", "said"),
            Gold(text, "The council cannot pay for two bridges at once,", "Tom Reed", "said"),
        ]);
        var (injections, clean) = Measurement.Measure(article);
        Assert.DoesNotContain(clean, f => f.Diagnostic.Id is "ATTR011" or "ATTR016");
        foreach (var kind in new[] { InjectionKind.AlteredQuotation, InjectionKind.ReplacedQuotation, InjectionKind.SwappedSpeaker })
        {
            var outcome = injections.SingleOrDefault(i => i.Injection.Kind == kind);
            Assert.True(outcome is { Caught: true }, $"{kind}: {outcome?.Injection.Detail ?? "not injected"} ({string.Join(", ", injections.Select(i => i.Injection.Kind))})");
        }
        var altered = Assert.Single(injections, i => i.Injection.Kind == InjectionKind.AlteredQuotation).Injection;
        Assert.Single(altered.Original.Split(' '));
        Assert.NotEqual(altered.Original, altered.Replacement, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_quotation_is_repeated_under_another_sources_name()
    {
        const string text = "Talks\n\n“We will build another bridge next year,” Anna Berg said.\n\nTom Reed said the council would wait.\n";
        var article = new Article("a.txt", "a", text, null,
        [
            Gold(text, "We will build another bridge next year,", "Anna Berg", "said"),
            Gold(text, "the council would wait", "Tom Reed", "said the"[..4]),
        ]);
        var injection = RepeatedQuotationInjector.Inject(article, Measurement.Check(article, text).Model, new Random(1));
        Assert.NotNull(injection);
        Assert.Equal("“We will build another bridge next year,” Tom Reed said.", injection.NewText[injection.Span.Start..injection.Span.End]);
    }

    [Fact]
    public void A_quotation_is_repeated_under_its_speaker_with_one_word_altered_and_caught()
    {
        const string text = "Talks\n\n“We will build another bridge over the river next year,” Anna Berg said.\n\nTom Reed said the council would wait for money.\n";
        var article = new Article("a.txt", "a", text, null, [Gold(text, "We will build another bridge over the river next year,", "Anna Berg", "said")]);
        var injection = AlteredRepeatInjector.Inject(article, Measurement.Check(article, text).Model, new Random(1));
        Assert.NotNull(injection);
        var repeated = injection.NewText[injection.Span.Start..injection.Span.End];
        Assert.EndsWith(",” Anna Berg said.", repeated, StringComparison.Ordinal);
        Assert.NotEqual("“We will build another bridge over the river next year,” Anna Berg said.", repeated);
        Assert.True(Measurement.IsCaught(Measurement.Check(article, injection.NewText), injection));
    }

    [Fact]
    public void A_quotation_is_not_repeated_under_another_name_of_its_speaker_nor_under_a_group_nor_when_uncredited()
    {
        // "he" is Anna Berg's colleague Tom Reed; Mr. Reed is the same person, Some Democrats may include him.
        const string pronoun = "Talks\n\nTom Reed spoke at noon. “We will build another bridge next year,” he said.\n\nMr. Reed said the council would wait. Some Democrats said it was too late.\n";
        var article = new Article("a.txt", "a", pronoun, null,
        [
            Gold(pronoun, "We will build another bridge next year,", "he", "said"),
            Gold(pronoun, "the council would wait", "Mr. Reed", "said"),
            Gold(pronoun, "it was too late", "Some Democrats", "said"),
        ]);
        Assert.Null(RepeatedQuotationInjector.Inject(article, Measurement.Check(article, pronoun).Model, new Random(1)));

        const string uncredited = "Talks\n\nThe sign read: “We will build another bridge next year.”\n\nTom Reed said the council would wait.\n";
        var bare = new Article("a.txt", "a", uncredited, null,
        [
            Gold(uncredited, "We will build another bridge next year.", "The sign", "read"),
            Gold(uncredited, "the council would wait", "Tom Reed", "said"),
        ]);
        Assert.Null(RepeatedQuotationInjector.Inject(bare, Measurement.Check(bare, uncredited).Model, new Random(1)));
    }
}

public class JudgementsTests
{
    [Fact]
    public void Reads_judgements_and_refuses_a_bad_line_or_a_second_judgement_of_one_finding()
    {
        using var directory = new TempDirectory();
        var good = directory.Write("j.tsv", "# comment\npolnear\ta\tATTR005\t1\t9\treal\tcause\nweb-news\tb\tATTR008\t3\t4\tfalse\tmarkup\n");
        var judgements = Judgements.Load(good);
        Assert.Equal(2, judgements.Count);
        Assert.True(judgements.Find(new JudgementKey("polnear", "a", "ATTR005", 1, 9))!.Real);
        Assert.False(judgements.Find(new JudgementKey("web-news", "b", "ATTR008", 3, 4))!.Real);
        Assert.Null(judgements.Find(new JudgementKey("web-news", "b", "ATTR008", 3, 5)));
        Assert.Throws<InvalidDataException>(() => Judgements.Load(directory.Write("bad.tsv", "polnear\ta\tATTR005\tx\t9\treal\n")));
        Assert.Throws<InvalidDataException>(() => Judgements.Load(directory.Write("twice.tsv", "polnear\ta\tATTR005\t1\t9\treal\nx\ty\tz\t1\t2\tfalse\npolnear\ta\tATTR005\t1\t9\tfalse\n")));
    }

    [Fact]
    public void Severity_follows_precision()
    {
        var rule = Attribution.Analyzers.Rules.Sources.ATTR005QuoteWithoutSpeaker.Rule;
        Assert.Equal(Attribution.Analyzers.DiagnosticSeverity.Error, new RuleScore(rule, 19, 1, 0, 0, 0).MaximumSeverity);
        Assert.Equal(Attribution.Analyzers.DiagnosticSeverity.Warning, new RuleScore(rule, 8, 2, 0, 0, 0).MaximumSeverity);
        Assert.Equal(Attribution.Analyzers.DiagnosticSeverity.Info, new RuleScore(rule, 1, 2, 0, 0, 0).MaximumSeverity);
        Assert.Equal(Attribution.Analyzers.DiagnosticSeverity.Warning, new RuleScore(rule, 0, 0, 0, 5, 5).MaximumSeverity);
    }
}
