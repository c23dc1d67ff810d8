using System.Text.Json;
using Attribution.Evaluation.Corpus;
using Attribution.Evaluation.Extraction;
using Attribution.Text;

namespace Attribution.Evaluation.Reporting;

/// <summary>
/// Writes predictions as JSON lines, one article a line: <c>{"article":…,"predictions":[{"content":[[s,e]…],"source":[s,e]|null,"cue":[s,e]|null}]}</c>.
/// Offsets only (UTF-16, of the article text), so the file holds no corpus text.
/// </summary>
public static class PredictionWriter
{
    public static void Write(string path, IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<PredictedAttribution>> predictions)
    {
        using var stream = File.Create(path);
        for (var i = 0; i < articles.Count; i++)
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("article", articles[i].Name);
                json.WriteStartArray("predictions");
                foreach (var prediction in predictions[i])
                {
                    json.WriteStartObject();
                    json.WriteStartArray("content");
                    foreach (var span in prediction.Content)
                    {
                        WriteSpan(json, span);
                    }
                    json.WriteEndArray();
                    json.WritePropertyName("source");
                    WriteOptional(json, prediction.Source);
                    json.WritePropertyName("cue");
                    WriteOptional(json, prediction.Cue);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, TextSpan? span)
    {
        if (span is { } value)
        {
            WriteSpan(json, value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartArray();
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }
}
