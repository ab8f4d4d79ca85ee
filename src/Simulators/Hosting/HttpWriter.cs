using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.Simulators.Hosting;

/// <summary>Writes the wire formats by hand: the simulators must control every byte (faults truncate and corrupt them).</summary>
internal static class HttpWriter
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    public static Task WriteJsonAsync(HttpContext context, int status, object value, string contentType = Json)
    {
        var bytes = Hosting.Json.Serialize(value);
        return WriteBytesAsync(context, status, bytes, contentType);
    }

    public static async Task WriteBytesAsync(HttpContext context, int status, ReadOnlyMemory<byte> bytes, string contentType = Json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public static Task WritePageAsync(HttpContext context, FeedPage page)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Hosting.Json.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("elements");
            writer.WriteStartArray();
            foreach (var element in page.Elements)
            {
                Hosting.Json.Write(writer, element);
            }

            writer.WriteEndArray();
            writer.WriteString("curseurSuivant", SimulatorCursor.Encode(page.CursorSequence));
            writer.WriteBoolean("plusDeDonnees", page.More);
            writer.WriteEndObject();
        }

        return WriteBytesAsync(context, StatusCodes.Status200OK, buffer.WrittenMemory);
    }

    /// <summary>RFC 9457 problem with the contracts' extensions <c>code</c> and <c>erreurs</c>.</summary>
    public static Task WriteProblemAsync(
        HttpContext context, int status, string type, string title, string? detail = null, string? code = null, IReadOnlyList<FieldError>? errors = null)
    {
        var problem = new Problem($"urn:lda-hub:probleme:{type}", title, status, detail, context.TraceIdentifier, code, errors);
        return WriteJsonAsync(context, status, problem, ProblemJson);
    }

    public static void SetRetryAfter(HttpContext context, int seconds) =>
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
}

internal sealed record FieldError(string Champ, string Message);

internal sealed record Problem(string Type, string Title, int Status, string? Detail, string? Instance, string? Code, IReadOnlyList<FieldError>? Erreurs);
