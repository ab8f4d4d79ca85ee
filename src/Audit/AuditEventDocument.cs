using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.Audit;

/// <summary>
/// Writes an <see cref="AuditRecord"/> as a FHIR AuditEvent (R5 shape, IHE BALP conventions). The text written here is
/// what the chain's hash covers, so it is produced once, stored as is, and never re-serialised.
/// </summary>
public static class AuditEventDocument
{
    public const string RestInteractionSystem = "http://hl7.org/fhir/restful-interaction";
    public const string OutcomeSystem = "http://terminology.hl7.org/CodeSystem/audit-event-outcome";
    public const string CategorySystem = "urn:lda-hub:code:audit-categorie";
    public const string PurposeSystem = "urn:lda-hub:code:finalite-consentement";

    /// <summary>FHIR audit-event-outcome: 0 success, 4 minor failure (refused), 8 serious failure.</summary>
    public static string OutcomeCode(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "0",
        AuditOutcome.Denied => "4",
        _ => "8",
    };

    public static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "success",
        AuditOutcome.Denied => "denied",
        _ => "failure",
    };

    public static string Write(string id, DateTimeOffset recorded, string node, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("resourceType", "AuditEvent");
            json.WriteString("id", id);
            json.WritePropertyName("category");
            json.WriteStartArray();
            WriteConcept(json, CategorySystem, record.Category);
            json.WriteEndArray();
            json.WritePropertyName("code");
            WriteConcept(json, RestInteractionSystem, record.Subtype);
            json.WriteString("action", record.Action);
            json.WriteString("recorded", recorded.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WritePropertyName("outcome");
            json.WriteStartObject();
            json.WritePropertyName("code");
            WriteCoding(json, OutcomeSystem, OutcomeCode(record.Outcome), OutcomeName(record.Outcome));
            if (record.OutcomeDetail is { } detail)
            {
                json.WritePropertyName("detail");
                json.WriteStartArray();
                json.WriteStartObject();
                json.WriteString("text", detail);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            if (record.Purpose is { } purpose)
            {
                json.WritePropertyName("authorization");
                json.WriteStartArray();
                WriteConcept(json, PurposeSystem, purpose);
                json.WriteEndArray();
            }

            json.WritePropertyName("agent");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WritePropertyName("who");
            json.WriteStartObject();
            json.WritePropertyName("identifier");
            json.WriteStartObject();
            json.WriteString("value", record.Agent ?? "anonymous");
            json.WriteEndObject();
            json.WriteEndObject();
            if (record.Role is { } role)
            {
                json.WritePropertyName("role");
                json.WriteStartArray();
                WriteConcept(json, "urn:lda-hub:code:role", role);
                json.WriteEndArray();
            }

            json.WriteBoolean("requestor", true);
            if (record.Address is { } address)
            {
                json.WriteString("networkString", address);
            }

            json.WriteEndObject();
            if (record.Client is { } client)
            {
                json.WriteStartObject();
                json.WritePropertyName("type");
                WriteConcept(json, "http://dicom.nema.org/resources/ontology/DCM", "110150");
                json.WritePropertyName("who");
                json.WriteStartObject();
                json.WritePropertyName("identifier");
                json.WriteStartObject();
                json.WriteString("value", client);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteBoolean("requestor", false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("source");
            json.WriteStartObject();
            json.WritePropertyName("observer");
            json.WriteStartObject();
            json.WriteString("display", node);
            json.WriteEndObject();
            json.WriteEndObject();
            if (record.Entities.Count > 0)
            {
                json.WritePropertyName("entity");
                json.WriteStartArray();
                foreach (var entity in record.Entities)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("what");
                    json.WriteStartObject();
                    json.WriteString("reference", entity.What);
                    json.WriteEndObject();
                    json.WritePropertyName("role");
                    WriteConcept(json, "urn:lda-hub:code:audit-role-entite", entity.Role);
                    if (entity.Query is { } query)
                    {
                        // FHIR carries the query as base64Binary: the text is kept exactly as asked.
                        json.WriteString("query", Convert.ToBase64String(Encoding.UTF8.GetBytes(query)));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteConcept(Utf8JsonWriter json, string system, string code)
    {
        json.WriteStartObject();
        json.WritePropertyName("coding");
        json.WriteStartArray();
        WriteCoding(json, system, code, null);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCoding(Utf8JsonWriter json, string system, string code, string? display)
    {
        json.WriteStartObject();
        json.WriteString("system", system);
        json.WriteString("code", code);
        if (display is not null)
        {
            json.WriteString("display", display);
        }

        json.WriteEndObject();
    }
}
