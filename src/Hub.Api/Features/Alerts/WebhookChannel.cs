using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Alerts;

/// <summary>POSTs the notice as JSON to <c>Hub:Alerts:Webhook:Url</c>, signed (<see cref="AlertSignature"/>).</summary>
internal sealed class WebhookChannel(IHttpClientFactory clients, IOptionsMonitor<AlertOptions> options, TimeProvider time) : IAlertChannel
{
    public const string ClientName = "alerts-webhook";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "webhook";

    public bool IsConfigured => options.CurrentValue.Webhook.Url is not null;

    public async Task SendAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        var webhook = options.CurrentValue.Webhook;
        var body = JsonSerializer.Serialize(notice, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(AlertSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(AlertSignature.SignatureHeader, AlertSignature.Sign(webhook.Secret!, timestamp, body));
        // Receivers can drop a notice they already have (a retry after a lost answer).
        request.Headers.Add(AlertSignature.DeliveryHeader, $"{notice.IncidentId}:{notice.Status}");
        using var client = clients.CreateClient(ClientName);
        client.Timeout = webhook.Timeout;
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
