namespace Attribution.Tests;

/// <summary>A fresh directory under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attribution-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of a '/'-separated path inside the directory.</summary>
    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes a UTF-8 text file (no byte-order mark), creating its directories; returns its full path.</summary>
    public string Write(string relativePath, string content = "text") =>
        WriteBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = this[relativePath];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Creates a directory (and its parents); returns its full path.</summary>
    public string CreateDirectory(string relativePath) => Directory.CreateDirectory(this[relativePath]).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
