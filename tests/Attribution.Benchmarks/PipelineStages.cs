using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Reporting;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Benchmarks;

/// <summary>
/// The pipeline cut into its stages, each a step over every article of the corpus with the inputs of the
/// stages before it already computed, so that a stage's time and allocations are its own.
/// </summary>
internal sealed class PipelineStages
{
    private readonly IReadOnlyList<InputFile> _files;
    private readonly IReadOnlyList<Document> _documents;
    private readonly IReadOnlyList<(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences)> _sentences;
    private readonly IReadOnlyList<IReadOnlyList<List<Token>>> _tokens;
    private readonly IReadOnlyList<SyntaxTree> _trees;
    private readonly IReadOnlyList<SemanticModel> _models;
    private readonly IReadOnlyList<HashSet<int>> _speakerMentions;
    private readonly CheckReport _report;
    private readonly Checker _checker = new();

    public PipelineStages(IReadOnlyList<InputFile> files)
    {
        _files = files;
        _documents = Corpus.Documents(files);
        _sentences = [.. _documents.Select(d => SentenceSplitter.Split(d.Text))];
        _tokens = [.. _documents.Select((d, i) => (IReadOnlyList<List<Token>>)[.. _sentences[i].Sentences.Select(s => Tokenizer.Tokenize(d.Text, s.Span))])];
        _trees = [.. _documents.Select(d => SyntaxTree.Parse(d))];
        _models = [.. _trees.Select(SemanticModel.Build)];
        _speakerMentions = [.. _models.Select(m => new HashSet<int>(m.Statements.Where(s => s.Speaker?.Mention is not null).Select(s => s.Speaker!.Mention!.Index)))];
        _report = new CheckReport([.. _documents.Select(d => FileReport.From(d.Path, _checker.Check(d)))], [], []);
        Bytes = Corpus.Bytes(files);
    }

    /// <summary>The size of the corpus files on disk.</summary>
    public long Bytes { get; }

    public int FileCount => _files.Count;

    /// <summary>The stages by name, in pipeline order. Each returns a number derived from its output so nothing is optimised away.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "read", "sentences", "tokens", "quotations", "mentions", "syntax", "statements", "people", "semantics",
        "role-consistency", "analyzers", "check", "report-text", "report-json",
    ];

    public long Run(string stage) => stage switch
    {
        "read" => Read(),
        "sentences" => Sum(_documents, d => SentenceSplitter.Split(d.Text).Sentences.Count),
        "tokens" => Sum(_documents.Count, i => _sentences[i].Sentences.Sum(s => Tokenizer.Tokenize(_documents[i].Text, s.Span).Count)),
        "quotations" => Sum(_documents.Count, i => QuotationScanner.Scan(_documents[i].Text, _sentences[i].Paragraphs, _documents[i].QuoteRegions).Quotations.Count),
        "mentions" => Sum(_tokens.Count, Mentions),
        "syntax" => Sum(_documents, d => SyntaxTree.Parse(d).Mentions.Count),
        "statements" => Sum(_trees, t => StatementExtractor.Extract(t).Count),
        "people" => Sum(_trees.Count, i => PersonResolver.Resolve(_trees[i], _speakerMentions[i]).People.Count),
        "semantics" => Sum(_trees, t => SemanticModel.Build(t).RoleClaims.Count),
        "role-consistency" => Sum(_models, m => RoleConsistency.Analyze(m.RoleClaims, m.Offices, m.Jurisdictions, m.ArticleYear).Conflicts.Count),
        "analyzers" => Sum(_models, Analyze),
        "check" => Sum(_documents, d => _checker.Check(d).Diagnostics.Count),
        "report-text" => ReportText(),
        "report-json" => ReportJson(),
        _ => throw new ArgumentException($"unknown stage '{stage}'; stages: {string.Join(", ", Names)}"),
    };

    private long Read()
    {
        var loader = new ArticleLoader();
        return Sum(_files, f => loader.Load(f)?.Text.Length ?? 0);
    }

    private long Mentions(int document)
    {
        var count = 0L;
        var tokens = _tokens[document];
        for (var s = 0; s < tokens.Count; s++)
        {
            count += MentionFinder.Default.Find(tokens[s], s).Count() + CueFinder.Find(tokens[s], s).Count;
        }
        return count;
    }

    /// <summary>Every rule over a built model (role consistency is computed once per model and then cached, as in a run).</summary>
    private static long Analyze(SemanticModel model)
    {
        var count = 0L;
        foreach (var analyzer in AnalyzerCatalog.All)
        {
            analyzer.Analyze(new AnalysisContext(model, analyzer.Descriptor, _ => count++) { Options = CheckerOptions.Default });
        }
        return count;
    }

    private long ReportText()
    {
        var writer = new StringWriter();
        TextReporter.Write(_report, writer);
        return writer.GetStringBuilder().Length;
    }

    private long ReportJson()
    {
        var stream = new MemoryStream();
        JsonReporter.Write(_report, stream);
        return stream.Length;
    }

    private static long Sum<T>(IReadOnlyList<T> items, Func<T, long> stage)
    {
        var total = 0L;
        foreach (var item in items)
        {
            total += stage(item);
        }
        return total;
    }

    private static long Sum(int count, Func<int, long> stage)
    {
        var total = 0L;
        for (var i = 0; i < count; i++)
        {
            total += stage(i);
        }
        return total;
    }
}
