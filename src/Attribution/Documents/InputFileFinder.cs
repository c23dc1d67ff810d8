using System.IO.Enumeration;

namespace Attribution.Documents;

/// <summary>Settings for <see cref="InputFileFinder"/>.</summary>
public sealed record InputFileOptions
{
    public const long DefaultMaxFileSize = 2 * 1024 * 1024;

    public static InputFileOptions Default { get; } = new();

    /// <summary>Files larger than this many bytes are skipped.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The directory relative arguments and display paths are resolved against; null for the process's current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Decides which extensions are articles when walking directories and globs, and which explicit files are supported.</summary>
    public DocumentReaders Readers { get; init; } = DocumentReaders.Default;

    /// <summary>Ignore files read in every walked directory, in increasing order of precedence.</summary>
    public IReadOnlyList<string> IgnoreFileNames { get; init; } = [".gitignore", ".attribignore"];

    /// <summary>
    /// When true, a named file that does not exist or that no reader supports is skipped and counted rather than an
    /// error, so that a list of changed paths (git diff --name-only) can be passed as it is.
    /// </summary>
    public bool SkipMissingAndUnsupportedFiles { get; init; }
}

/// <summary>
/// Expands the path arguments of a run into the files to check.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A file is checked if a reader supports its extension (else it is an input error). Ignore files do not apply to it.</item>
/// <item>A directory is walked recursively for files whose extension a reader supports (a directory named explicitly is walked even if an ignore file excludes it).</item>
/// <item>An argument that does not exist but has a wildcard (<c>*</c>, <c>?</c>, <c>[…]</c>, <c>**</c>) is a glob: its leading segments
/// without wildcards name the directory that is walked, the rest is matched against paths inside it (see <see cref="PathPattern"/>).</item>
/// <item>Walking honours <c>.gitignore</c> and <c>.attribignore</c> files (same syntax; the latter wins in the same directory) in
/// each walked directory and in its parents up to the repository root (the nearest directory holding <c>.git</c>), plus the
/// repository's <c>.git/info/exclude</c>; outside a repository, in the parents up to the working directory. As in git, a file inside an excluded directory cannot be re-included. <c>.git</c>
/// directories are skipped, and so are hidden directories (a name starting with '.') and <c>node_modules</c> unless named
/// explicitly; symbolic links to directories are not followed; no other name is special.</item>
/// <item>Files larger than <see cref="InputFileOptions.MaxFileSize"/> are skipped with a reason; binary files are skipped
/// with a reason when they are read (<see cref="CheckRun"/>).</item>
/// </list>
/// </remarks>
public sealed class InputFileFinder
{
    public InputFileFinder(InputFileOptions? options = null) => Options = options ?? InputFileOptions.Default;

    public InputFileOptions Options { get; }

    public InputFileSet Find(IEnumerable<string> arguments) => new Run(Options).Find(arguments);

    /// <summary>The state of one expansion.</summary>
    private sealed class Run(InputFileOptions options)
    {
        private static readonly EnumerationOptions ListDirectory = new()
        {
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
            RecurseSubdirectories = false,
            ReturnSpecialDirectories = false,
            MatchType = MatchType.Simple,
        };

        private readonly string _workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        private readonly Dictionary<string, InputFile> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SkippedInput> _skipped = new(StringComparer.Ordinal);
        private readonly List<InputError> _errors = [];

        public InputFileSet Find(IEnumerable<string> arguments)
        {
            foreach (var argument in arguments)
            {
                try
                {
                    Expand(argument);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
                {
                    _errors.Add(new InputError(argument, $"cannot be read: {Reason(e)}"));
                }
            }
            var files = _files.Values.ToList();
            files.Sort(InputFile.CompareByPath);
            var skipped = _skipped.Values.ToList();
            skipped.Sort((a, b) => InputFile.CompareByPath(a.File, b.File));
            return new InputFileSet(files, skipped, _errors);
        }

        private void Expand(string argument)
        {
            if (string.IsNullOrWhiteSpace(argument))
            {
                _errors.Add(new InputError(argument, "empty path"));
                return;
            }
            var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(argument, _workingDirectory));
            if (File.Exists(fullPath))
            {
                if (options.Readers.Supports(fullPath))
                {
                    Add(fullPath);
                }
                else if (options.SkipMissingAndUnsupportedFiles)
                {
                    _skipped.TryAdd(fullPath, SkippedInput.NotAnArticle(new InputFile(fullPath, DisplayPath(fullPath))));
                }
                else
                {
                    _errors.Add(new InputError(argument, UnsupportedMessage(fullPath)));
                }
            }
            else if (Directory.Exists(fullPath))
            {
                Walk(argument, fullPath, glob: null, maxDepth: int.MaxValue);
            }
            else if (PathPattern.HasWildcard(argument))
            {
                ExpandGlob(argument);
            }
            else if (options.SkipMissingAndUnsupportedFiles && !Path.EndsInDirectorySeparator(argument))
            {
                _skipped.TryAdd(fullPath, SkippedInput.Missing(new InputFile(fullPath, DisplayPath(fullPath))));
            }
            else
            {
                _errors.Add(new InputError(argument, "no such file or directory"));
            }
        }

        private void ExpandGlob(string argument)
        {
            var glob = Path.DirectorySeparatorChar == '/' ? argument : argument.Replace(Path.DirectorySeparatorChar, '/');
            var segments = glob.Split('/');
            var first = Array.FindIndex(segments, PathPattern.HasWildcard);
            var prefix = string.Join('/', segments[..first]);
            var baseDirectory = first == 0 ? _workingDirectory
                : prefix.Length == 0 ? Path.GetPathRoot(_workingDirectory) ?? "/"
                : Path.TrimEndingDirectorySeparator(Path.GetFullPath(prefix, _workingDirectory));
            var rest = segments[first..].Where(s => s.Length > 0).ToArray();
            var pattern = PathPattern.Parse(string.Join('/', rest));
            var maxDepth = rest.Any(s => s.Contains("**", StringComparison.Ordinal)) ? int.MaxValue : rest.Length - 1;
            var matched = Directory.Exists(baseDirectory) && pattern.IsValid ? Walk(argument, baseDirectory, pattern, maxDepth) : 0;
            if (matched == 0)
            {
                _errors.Add(new InputError(argument, "no matching files"));
            }
        }

        /// <summary>Walks a directory tree; returns how many files it found to check or skip.</summary>
        private int Walk(string argument, string root, PathPattern? glob, int maxDepth)
        {
            var found = 0;
            var stack = new Stack<(string Directory, IgnoreRules Rules, int Depth)>();
            stack.Push((root, OuterRules(root), 0));
            while (stack.Count > 0)
            {
                var (directory, outer, depth) = stack.Pop();
                var rules = WithIgnoreFiles(outer, directory);
                List<DirectoryEntry> entries;
                try
                {
                    entries = [.. new FileSystemEnumerable<DirectoryEntry>(directory, ReadEntry, ListDirectory)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    _errors.Add(new InputError(argument, $"cannot read directory {DisplayPath(directory)}: {Reason(e)}"));
                    continue;
                }
                // Descending, so that subdirectories come off the stack in ordinal order and errors are reported in a stable order.
                entries.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name));
                foreach (var entry in entries)
                {
                    if (entry.IsDirectory)
                    {
                        if (!IsSkippedDirectory(entry.Name) && !entry.IsLink && depth < maxDepth && !rules.IsIgnored(entry.FullPath, isDirectory: true))
                        {
                            stack.Push((entry.FullPath, rules, depth + 1));
                        }
                    }
                    else if (entry.IsArticle
                        && (glob is null || glob.IsMatch(IgnoreRules.RelativePath(root, entry.FullPath)!))
                        && !rules.IsIgnored(entry.FullPath, isDirectory: false))
                    {
                        Add(entry.FullPath, entry.Size);
                        found++;
                    }
                }
            }
            return found;
        }

        /// <summary>
        /// One name of a directory listing, read from the listing itself: a file's size is looked up (one
        /// <c>stat</c>) only for a file a reader supports, and no <see cref="FileSystemInfo"/> is made.
        /// </summary>
        private readonly record struct DirectoryEntry(string Name, string FullPath, bool IsDirectory, bool IsLink, bool IsArticle, long? Size);

        private DirectoryEntry ReadEntry(ref FileSystemEntry entry)
        {
            var name = entry.FileName.ToString();
            var fullPath = entry.ToFullPath();
            if (entry.IsDirectory)
            {
                // A symbolic link to a directory is a directory here, marked as a link so that the walk does not follow it.
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                return new DirectoryEntry(name, fullPath, IsDirectory: true, isLink, IsArticle: false, Size: null);
            }
            var isArticle = options.Readers.Supports(name);
            // The listing's size of a symbolic link is the link's own: a link is looked up by its path, as a named file is.
            var size = !isArticle ? null
                : (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? SizeOf(fullPath)
                : entry.Length;
            return new DirectoryEntry(name, fullPath, IsDirectory: false, IsLink: false, isArticle, size);
        }

        /// <summary>
        /// The ignore rules that apply to <paramref name="root"/> from its parents: up to the repository root, or,
        /// outside a repository, up to the working directory when the root is inside it.
        /// </summary>
        private IgnoreRules OuterRules(string root)
        {
            var repository = FindRepositoryRoot(root);
            var top = repository ?? (IsWithin(root, _workingDirectory) ? _workingDirectory : root);
            var rules = repository is null
                ? IgnoreRules.Empty
                : IgnoreRules.Empty.With(IgnoreFile.Load(repository, Path.Combine(repository, ".git", "info", "exclude")));
            var parents = new List<string>();
            for (var directory = Path.GetDirectoryName(root); directory is not null && IsWithin(directory, top); directory = Path.GetDirectoryName(directory))
            {
                parents.Add(directory);
            }
            parents.Reverse();
            return parents.Aggregate(rules, WithIgnoreFiles);
        }

        private IgnoreRules WithIgnoreFiles(IgnoreRules rules, string directory) =>
            options.IgnoreFileNames.Aggregate(rules, (r, name) => r.With(IgnoreFile.Load(directory, Path.Combine(directory, name))));

        /// <summary>Hidden directories (.git, .github, .cache) and installed packages hold no articles of the site.</summary>
        private static bool IsSkippedDirectory(string name) => name.StartsWith('.') || name == "node_modules";

        private static string? FindRepositoryRoot(string directory)
        {
            for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
            {
                var git = Path.Combine(current, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return current;
                }
            }
            return null;
        }

        private static bool IsWithin(string directory, string ancestor) =>
            directory == ancestor || IgnoreRules.RelativePath(ancestor, directory) is not null;

        /// <param name="listedSize">The file's size as the directory listing gave it, when it came from one: no second look at the path.</param>
        private void Add(string fullPath, long? listedSize = null)
        {
            if (_files.ContainsKey(fullPath) || _skipped.ContainsKey(fullPath))
            {
                return;
            }
            var file = new InputFile(fullPath, DisplayPath(fullPath));
            var size = listedSize ?? SizeOf(fullPath);
            if (size > options.MaxFileSize)
            {
                _skipped.Add(fullPath, SkippedInput.TooLarge(file, options.MaxFileSize, size.Value));
            }
            else
            {
                _files.Add(fullPath, file);
            }
        }

        /// <summary>
        /// The size of a file named on the command line or of a link, or null when it cannot be read: such a file is
        /// checked, so that reading it reports the error. Whether a file is binary is decided when a worker reads it,
        /// so that finding the files does not open each one before the checking can start.
        /// </summary>
        private static long? SizeOf(string fullPath)
        {
            try
            {
                var file = new FileInfo(fullPath);
                // A symbolic link is as large as the file it leads to; one that leads nowhere is read, and reading it says so.
                return file.LinkTarget is null ? file.Length : (File.ResolveLinkTarget(fullPath, returnFinalTarget: true) as FileInfo)?.Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        private string DisplayPath(string fullPath)
        {
            var relative = Path.GetRelativePath(_workingDirectory, fullPath);
            return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        private string UnsupportedMessage(string fullPath)
        {
            var extension = Path.GetExtension(fullPath);
            var supported = string.Join(", ", options.Readers.Extensions.Order(StringComparer.Ordinal));
            return extension.Length == 0
                ? $"unsupported input: no reader for files without an extension (supported: {supported})"
                : $"unsupported input: no reader for {extension} files (supported: {supported})";
        }

        private static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
    }
}
