using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>One relation as <c>extract --format jsonl</c> prints it (the fields the scorer and scripts read, then extras).</summary>
internal sealed record RelationJson(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("date_precision")] string? DatePrecision,
    [property: JsonPropertyName("date_text")] string? DateText,
    [property: JsonPropertyName("evidence")] string Evidence,
    [property: JsonPropertyName("attribution")] string Attribution,
    [property: JsonPropertyName("claimed_by")] string? ClaimedBy,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("background")] bool Background,
    [property: JsonPropertyName("sentence_index")] int SentenceIndex,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("explanation")] string Explanation)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static RelationJson From(ExtractedRelation r) => new(
        r.Evidence.DocumentKey, r.Source, r.Target, ModelNames.Of(r.Kind),
        r.Evidence.Date?.ToString(), r.Evidence.Date is { } d ? ModelNames.Of(d.Precision) : null, r.Evidence.DateText,
        r.Evidence.Sentence, ModelNames.Of(r.Evidence.Attribution), r.Evidence.ClaimedBy, r.Evidence.Confidence,
        r.Evidence.Background, r.Evidence.SentenceIndex, r.Evidence.SentenceStart, r.Evidence.Explanation);
}
