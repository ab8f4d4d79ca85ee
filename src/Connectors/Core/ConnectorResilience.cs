using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hub.Connectors.Core;

/// <summary>
/// The one named resilience pipeline every connector's HTTP client gets (no global handler stacked on top):
/// rate limiter (the partner's quota) → total timeout → retry (exponential backoff with jitter, honouring Retry-After
/// and API Particulier's <c>retry_in</c>) → circuit breaker → attempt timeout.
/// </summary>
public static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder client, string connector, ResilienceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);

        client.AddResilienceHandler($"{connector}-pipeline", (builder, context) =>
        {
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            if (settings.RateLimitPerSecond > 0)
            {
                builder.AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.RateLimitPerSecond,
                    TokensPerPeriod = settings.RateLimitPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = settings.RateLimitPerSecond * 10,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            }

            builder.AddTimeout(settings.TotalTimeout);
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, settings.MaxRetryAttempts),
                ShouldHandle = args => ValueTask.FromResult(settings.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                DelayGenerator = args => PartnerDelayAsync(args.Outcome, settings.MaxRetryAfter, time),
            });
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = settings.CircuitFailureRatio,
                MinimumThroughput = settings.CircuitMinimumThroughput,
                SamplingDuration = settings.CircuitSamplingDuration,
                BreakDuration = settings.CircuitBreakDuration,
            });
            builder.AddTimeout(settings.AttemptTimeout);
        });
        return client;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: { } exception } => ConnectorErrorClassifier.Classify(exception) == ConnectorErrorKind.Retryable,
        { Result: { } response } => !response.IsSuccessStatusCode && ConnectorErrorClassifier.Classify(response.StatusCode) == ConnectorErrorKind.Retryable,
        _ => false,
    };

    /// <summary>The partner's own "come back in" wins over our backoff, within a ceiling; otherwise the backoff applies.</summary>
    internal static async ValueTask<TimeSpan?> PartnerDelayAsync(Outcome<HttpResponseMessage> outcome, TimeSpan ceiling, TimeProvider time)
    {
        if (outcome.Result is not { } response)
        {
            return null;
        }

        var wait = RetryAfterHeader.Read(response, time) ?? await RetryInAsync(response);
        return wait is { } w ? (w > ceiling ? ceiling : w) : null;
    }

    /// <summary>API Particulier puts <c>retry_in</c> (seconds) in the error body of 502/503/504 (and 429 sometimes).</summary>
    private static async Task<TimeSpan?> RetryInAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
            || response.Content is null)
        {
            return null;
        }

        try
        {
            await response.Content.LoadIntoBufferAsync();
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return FindRetryIn(document.RootElement) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double? FindRetryIn(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("retry_in"))
                    {
                        return property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetDouble()
                            : double.TryParse(property.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null;
                    }

                    if (FindRetryIn(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindRetryIn(item) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
