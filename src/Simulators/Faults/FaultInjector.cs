using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hub.Simulators.Faults;

/// <summary>Turns an armed <see cref="FaultRule"/> into the failure seen on the wire.</summary>
internal static class FaultInjector
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <returns>Always true: the request is fully handled here (the normal handler runs inside when the fault needs it).</returns>
    public static async Task<bool> ApplyAsync(SimulatorHost host, HttpContext context, FaultRule rule, RequestDelegate next)
    {
        var time = host.Options.TimeProvider;
        switch (rule.Kind)
        {
            case FaultKind.InternalError:
                await host.WriteFaultErrorAsync(context, 500);
                return true;
            case FaultKind.ServiceUnavailable:
                HttpWriter.SetRetryAfter(context, rule.RetryAfterSeconds);
                await host.WriteFaultErrorAsync(context, 503);
                return true;
            case FaultKind.TooManyRequests:
                HttpWriter.SetRetryAfter(context, rule.RetryAfterSeconds);
                context.Response.Headers["RateLimit-Remaining"] = "0";
                await host.WriteFaultErrorAsync(context, 429);
                return true;
            case FaultKind.Unauthorized:
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await host.WriteFaultErrorAsync(context, 401);
                return true;
            case FaultKind.CursorExpired:
                await host.WriteFaultErrorAsync(context, 410);
                return true;
            case FaultKind.ConnectionReset:
                context.Abort();
                return true;
            case FaultKind.Timeout:
                await DelayAsync(rule.Delay ?? DefaultTimeout, time, context.RequestAborted);
                context.Abort();
                return true;
            case FaultKind.Latency:
                if (await DelayAsync(rule.Delay ?? host.Options.DefaultLatency, time, context.RequestAborted))
                {
                    await RunAsync(host, context, next);
                }

                return true;
            case FaultKind.MalformedJson:
                // Looks like the start of a page, then stops being JSON: a parser must fail, not hang.
                await HttpWriter.WriteBytesAsync(context, 200, "{\"elements\": [{\"id\": \"1\", \"version\": 1,, <html>Erreur</html>"u8.ToArray());
                return true;
            case FaultKind.InvalidRecord:
            case FaultKind.TruncatedPage:
                await CaptureAsync(host, context, next, rule.Kind);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown fault kind.");
        }
    }

    private static async Task<bool> DelayAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false; // the client gave up first
        }
    }

    private static async Task RunAsync(SimulatorHost host, HttpContext context, RequestDelegate next)
    {
        if (await host.AuthorizeForFaultAsync(context))
        {
            await next(context);
        }
    }

    private static async Task CaptureAsync(SimulatorHost host, HttpContext context, RequestDelegate next, FaultKind kind)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await RunAsync(host, context, next);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        if (kind == FaultKind.InvalidRecord && context.Response.StatusCode is >= 200 and < 300)
        {
            bytes = Corrupt(bytes);
        }

        context.Response.ContentLength = bytes.Length;
        if (kind == FaultKind.TruncatedPage)
        {
            await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
            await original.FlushAsync(context.RequestAborted);
            context.Abort();
            return;
        }

        await original.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>
    /// Breaks the schema of one record while keeping valid JSON: in a page the first element keeps its id and sequence
    /// (the hub can skip it and go on) but gets version 0, a date that is not a date and loses its required fields.
    /// </summary>
    internal static byte[] Corrupt(byte[] body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return body;
        }

        if (root is not JsonObject obj)
        {
            return body;
        }

        if (obj["elements"] is JsonArray { Count: > 0 } elements && elements[0] is JsonObject first)
        {
            elements[0] = new JsonObject
            {
                ["id"] = first["id"]?.DeepClone(),
                ["version"] = 0,
                ["modifieLe"] = "pas-une-date",
                ["sequence"] = first["sequence"]?.DeepClone(),
            };
        }
        else if (obj.ContainsKey("data"))
        {
            obj["data"] = new JsonObject { ["est_beneficiaire"] = "peut-être", ["date_debut_droit"] = 20230601 };
        }
        else
        {
            obj["version"] = 0;
            obj["modifieLe"] = "pas-une-date";
            var firstKey = obj.Select(p => p.Key).FirstOrDefault(k => k is not ("version" or "modifieLe"));
            if (firstKey is not null)
            {
                obj.Remove(firstKey);
            }
        }

        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, Json.WriterOptions))
        {
            obj.WriteTo(writer);
        }

        return output.ToArray();
    }
}
