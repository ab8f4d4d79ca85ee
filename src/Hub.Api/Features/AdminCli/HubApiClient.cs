using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Api.Features.AdminCli;

/// <summary>The admin CLI's calls to a running hub: JSON in and out, the bearer token on each call.</summary>
internal sealed class HubApiClient(HttpClient http) : IDisposable
{
    public static HubApiClient Create(Uri baseUrl, string? token, HttpMessageHandler? handler)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = baseUrl;
        http.Timeout = TimeSpan.FromSeconds(100);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new HubApiClient(http);
    }

    public Task<HubAnswer> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<HubAnswer> PostAsync(string path, JsonNode? body, CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, path, body, cancellationToken);

    private async Task<HubAnswer> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? json = null;
        try
        {
            json = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return new HubAnswer(response.StatusCode, json, text);
    }

    public void Dispose() => http.Dispose();
}

internal sealed record HubAnswer(HttpStatusCode Status, JsonNode? Json, string Text)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>What went wrong, in one line: the problem's detail (or title), else the status.</summary>
    public string Describe() => Status switch
    {
        HttpStatusCode.Unauthorized => "401: the hub refused the token (missing or expired: --token or HUB_TOKEN).",
        HttpStatusCode.Forbidden => "403: the token's role may not do this (the admin role is needed).",
        _ => $"{(int)Status}: {Json?["detail"]?.ToString() ?? Json?["title"]?.ToString() ?? Json?["issue"]?[0]?["diagnostics"]?.ToString() ?? Text}",
    };
}
