namespace Attribution.Analyzers;

/// <summary>
/// One rule. An analyzer holds no state: everything it needs comes from the context, and everything it finds
/// goes back through <see cref="AnalysisContext.Report"/>.
/// </summary>
public abstract class Analyzer
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Analyze(AnalysisContext context);
}
