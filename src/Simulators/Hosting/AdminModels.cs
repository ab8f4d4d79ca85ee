using System.Text.Json;
using Hub.Simulators.Faults;

namespace Hub.Simulators.Hosting;

internal sealed record AdminFault(string Endpoint, string Kind, int? Count, double? DelayMs, int RetryAfterSeconds)
{
    public static AdminFault From(FaultRule rule) =>
        new(rule.Endpoint, rule.Kind.ToString(), rule.Count, rule.Delay?.TotalMilliseconds, rule.RetryAfterSeconds);
}

internal sealed record AdminReceived(long Number, string Endpoint, string? IdempotencyKey, string AssignedId, DateTimeOffset ReceivedAt, JsonElement Body)
{
    public static AdminReceived From(ReceivedMessage message)
    {
        using var document = JsonDocument.Parse(message.Body);
        return new AdminReceived(message.Number, message.Endpoint, message.IdempotencyKey, message.AssignedId, message.ReceivedAt, document.RootElement.Clone());
    }
}

internal sealed record AdminAdvance(int Applied);

internal sealed record AdminTruth(string Id, long Household, int Member, bool SolisOnly, string? SiaoPersonId);
