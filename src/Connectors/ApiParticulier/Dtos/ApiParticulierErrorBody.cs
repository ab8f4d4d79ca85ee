using System.Text.Json;

namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary>Error body of API Particulier: <c>{"errors":[{"code","title","detail","source","meta"}]}</c>.</summary>
public sealed record ApiParticulierErrorBody(IReadOnlyList<ApiParticulierError>? Errors);

/// <summary>One error. <c>detail</c> is the provider's text and holds no personal data.</summary>
public sealed record ApiParticulierError(string? Code, string? Title, string? Detail, JsonElement? Source, ApiParticulierErrorMeta? Meta);

/// <summary><c>retry_in</c> (seconds) comes with provider timeouts and overloads (504, 502, sometimes 429).</summary>
public sealed record ApiParticulierErrorMeta(string? Provider, double? RetryIn);
