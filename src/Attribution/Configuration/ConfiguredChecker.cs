using System.Collections.Concurrent;
using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Registry;

namespace Attribution.Configuration;

/// <summary>
/// Checks each document with the options of its own configuration (found upward from its file) under the
/// command line's: one <see cref="Checker"/> per configuration, one load per roles registry.
/// </summary>
public sealed class ConfiguredChecker(ConfigurationResolver? resolver, CheckerOptions commandLine, string workingDirectory)
{
    private readonly ConcurrentDictionary<ResolvedConfiguration, Checker> _checkers = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, RolesRegistry> _registries = new(StringComparer.Ordinal);

    public ResolvedConfiguration ConfigurationOf(InputFile file) => resolver?.For(file.FullPath) ?? ResolvedConfiguration.None;

    /// <summary>The checker for a file; its configuration and registry are read the first time (a bad one throws).</summary>
    public Checker CheckerFor(InputFile file) =>
        _checkers.GetOrAdd(ConfigurationOf(file), configuration => new Checker(AnalyzerCatalog.All, configuration.Apply(commandLine, LoadRegistry)));

    public DocumentResult Check(InputFile file, Document document) => CheckerFor(file).Check(document);

    private RolesRegistry LoadRegistry(string fullPath) =>
        _registries.GetOrAdd(fullPath, path => RolesRegistry.Load(path, Path.GetRelativePath(workingDirectory, path).Replace(Path.DirectorySeparatorChar, '/')));
}
