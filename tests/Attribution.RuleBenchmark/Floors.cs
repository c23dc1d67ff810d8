using System.Text.Json;

namespace Attribution.RuleBenchmark;

/// <summary>
/// The floors file: metrics that must reach a minimum and metrics that must stay under a maximum.
/// <code>{"minimum": {"roles.caught": 0.95}, "maximum": {"clean.findings.per40articles": 1.0}}</code>
/// </summary>
public sealed record Floors(IReadOnlyDictionary<string, double> Minimum, IReadOnlyDictionary<string, double> Maximum)
{
    public static Floors None { get; } = new(new Dictionary<string, double>(), new Dictionary<string, double>());

    public static Floors Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return new Floors(Read(document.RootElement, "minimum"), Read(document.RootElement, "maximum"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"the floors file '{path}' is not valid: {e.Message}", e);
        }
    }

    /// <summary>Every metric outside its bound, as a line to print.</summary>
    public IReadOnlyList<string> Check(IReadOnlyDictionary<string, double> metrics)
    {
        var failures = new List<string>();
        foreach (var (name, floor) in Minimum)
        {
            var value = metrics.TryGetValue(name, out var v) ? v : throw new InvalidDataException($"the floors file names an unknown metric '{name}'");
            if (value < floor)
            {
                failures.Add($"{name} = {value:0.###} is below its floor {floor:0.###}");
            }
        }
        foreach (var (name, ceiling) in Maximum)
        {
            var value = metrics.TryGetValue(name, out var v) ? v : throw new InvalidDataException($"the floors file names an unknown metric '{name}'");
            if (value > ceiling)
            {
                failures.Add($"{name} = {value:0.###} is above its ceiling {ceiling:0.###}");
            }
        }
        return failures;
    }

    private static Dictionary<string, double> Read(JsonElement root, string section)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root.TryGetProperty(section, out var element))
        {
            foreach (var property in element.EnumerateObject())
            {
                values[property.Name] = property.Value.GetDouble();
            }
        }
        return values;
    }
}
