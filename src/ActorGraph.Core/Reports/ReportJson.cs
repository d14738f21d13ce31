using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>
/// The report as JSON, in the shape <c>docs/alliance-report.schema.json</c> describes (schema id
/// <c>actorgraph/alliance-report/v1</c>); scripts can rely on it, and <c>--since</c> reads it back.
/// </summary>
public static class ReportJson
{
    public const string SchemaId = "actorgraph/alliance-report/v1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AllianceReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaId);
            json.WriteString("generated", report.Generated.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("since", report.Since);
            json.WriteStartObject("filters");
            json.WriteString("from", report.Options.From?.ToString("yyyy-MM-dd"));
            json.WriteString("to", report.Options.To?.ToString("yyyy-MM-dd"));
            json.WriteString("actor", report.Options.Actor);
            json.WriteBoolean("include_claims", report.Options.IncludeClaims);
            json.WriteNumber("quiet_days", report.Options.QuietDays);
            json.WriteNumber("stale_days", report.Options.StaleDays);
            json.WriteEndObject();
            json.WriteStartObject("summary");
            json.WriteNumber("flips", report.Changes.Count(c => c.Type == ReportItemType.Flip));
            json.WriteNumber("renewed_hostilities", report.Changes.Count(c => c.Type == ReportItemType.RenewedHostility));
            json.WriteNumber("new_relations", report.NewRelations.Count);
            json.WriteNumber("stale_relations", report.StaleRelations.Count);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var item in report.Changes)
                WriteItem(json, item);
            json.WriteEndArray();
            WriteNotes(json, "new_relations", report.NewRelations);
            WriteNotes(json, "stale_relations", report.StaleRelations);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads an earlier report's item ids and fingerprints; a file that is not one names itself and the problem.</summary>
    public static IReadOnlyDictionary<string, string> ReadFingerprints(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, 0, "no such file (give the JSON report of an earlier run)");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != SchemaId)
                throw new InputException(path, 1, $"not an alliance report in JSON (expected \"schema\": \"{SchemaId}\")");
            var result = new Dictionary<string, string>();
            foreach (var list in new[] { "changes", "new_relations", "stale_relations" })
                if (root.TryGetProperty(list, out var items))
                    foreach (var item in items.EnumerateArray())
                        result[$"{list}/{item.GetProperty("id").GetString()}"] = item.TryGetProperty("fingerprint", out var f) ? f.GetString() ?? "" : "";
            return result;
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message.Split('.')[0]}");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException(path, 0, "an item has no \"id\": not a report this version wrote");
        }
    }

    private static void WriteItem(Utf8JsonWriter json, ReportItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("fingerprint", item.Fingerprint);
        json.WriteString("type", item.Type == ReportItemType.Flip ? "flip" : "renewed_hostility");
        json.WriteStartArray("pair");
        json.WriteStringValue(item.A);
        json.WriteStringValue(item.B);
        json.WriteEndArray();
        json.WriteString("before", Name(item.Before));
        json.WriteString("after", Name(item.After));
        json.WriteString("date", item.Date?.ToString());
        json.WriteString("date_precision", item.Date is { } d ? ModelNames.Of(d.Precision) : null);
        json.WriteStartArray("documents");
        foreach (var doc in item.Documents)
            json.WriteStringValue(doc.Key);
        json.WriteEndArray();
        WriteObservations(json, "before_evidence", item.BeforeEvidence);
        WriteObservations(json, "after_evidence", item.AfterEvidence);
        json.WriteEndObject();
    }

    private static void WriteObservations(Utf8JsonWriter json, string name, IEnumerable<StanceObservation> observations)
    {
        json.WriteStartArray(name);
        foreach (var o in observations)
        {
            var e = o.Evidence.Evidence;
            json.WriteStartObject();
            json.WriteString("source", o.Source);
            json.WriteString("kind", ModelNames.Of(o.Kind));
            json.WriteString("target", o.Target);
            json.WriteString("stance", Name(o.Stance));
            json.WriteString("date", e.Date?.ToString());
            json.WriteString("date_text", e.DateText);
            json.WriteString("sentence", e.Sentence);
            json.WriteString("attribution", ModelNames.Of(e.Attribution));
            json.WriteString("claimed_by", e.ClaimedBy);
            json.WriteNumber("confidence", e.Confidence);
            json.WriteStartObject("document");
            json.WriteString("key", o.Evidence.Document.Key);
            json.WriteString("title", o.Evidence.Document.Title);
            json.WriteString("published", o.Evidence.Document.Published?.ToString("yyyy-MM-dd"));
            json.WriteString("source", o.Evidence.Document.Source);
            json.WriteString("url", o.Evidence.Document.Url);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNotes(Utf8JsonWriter json, string name, IEnumerable<RelationNote> notes)
    {
        json.WriteStartArray(name);
        foreach (var n in notes)
        {
            json.WriteStartObject();
            json.WriteString("id", n.Id);
            json.WriteString("fingerprint", n.Fingerprint);
            json.WriteString("source", n.Source);
            json.WriteString("kind", ModelNames.Of(n.Kind));
            json.WriteString("target", n.Target);
            json.WriteString("first_seen", n.FirstSeen?.ToString());
            json.WriteString("last_seen", n.LastSeen?.ToString());
            json.WriteNumber("evidence_count", n.EvidenceCount);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Name(Stance stance) => stance.ToString().ToLowerInvariant();
}
