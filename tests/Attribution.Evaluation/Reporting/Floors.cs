using System.Text.Json;
using Attribution.Evaluation.Scoring;

namespace Attribution.Evaluation.Reporting;

/// <summary>A metric below its floor.</summary>
public sealed record FloorFailure(string Metric, double? Value, double Floor)
{
    public override string ToString() => Value is { } value
        ? $"below floor: {Metric} = {value:0.0000} < {Floor:0.0000}"
        : $"below floor: {Metric} was not measured (floor {Floor:0.0000})";
}

/// <summary>The floors file cannot be used; the message is meant for the user as it is.</summary>
public sealed class FloorsFileException(string message) : Exception(message);

/// <summary>
/// Minimum values for metrics, read from a JSON object of metric name → number
/// (<c>{ "all.overlap.f1": 0.4 }</c>). Names are those of <see cref="MetricNames"/>; an unknown name is an
/// error, so that a misspelt floor cannot pass unchecked.
/// </summary>
public static class Floors
{
    public static IReadOnlyDictionary<string, double> Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FloorsFileException($"cannot read floors file '{path}': {e.Message}");
        }
        return Parse(json, path);
    }

    public static IReadOnlyDictionary<string, double> Parse(string json, string origin = "floors")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FloorsFileException($"'{origin}' is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FloorsFileException($"'{origin}' must hold a JSON object of metric name → minimum");
            }
            var floors = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!MetricNames.All.Contains(property.Name))
                {
                    throw new FloorsFileException(
                        $"'{origin}': unknown metric '{property.Name}' (known: {string.Join(", ", MetricNames.All.Order(StringComparer.Ordinal))})");
                }
                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDouble(out var floor))
                {
                    throw new FloorsFileException($"'{origin}': the floor of '{property.Name}' must be a number");
                }
                floors[property.Name] = floor;
            }
            return floors;
        }
    }

    /// <summary>The floors not reached, in the order of the floors file.</summary>
    public static IReadOnlyList<FloorFailure> Check(IReadOnlyDictionary<string, double> values, IReadOnlyDictionary<string, double> floors)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(floors);
        var failures = new List<FloorFailure>();
        foreach (var (metric, floor) in floors)
        {
            if (!values.TryGetValue(metric, out var value))
            {
                failures.Add(new FloorFailure(metric, null, floor));
            }
            else if (value < floor)
            {
                failures.Add(new FloorFailure(metric, value, floor));
            }
        }
        return failures;
    }
}
