using System.Threading.RateLimiting;
using Hub.Api.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security.Hardening;

/// <summary>
/// Issue 6, part 6: request limits, per-client rate limiting, security headers, CORS closed by default, HSTS in
/// Production, and the refusal of secrets kept in configuration files.
/// </summary>
public static class HardeningHostingExtensions
{
    public const string CorsPolicy = "hub-cors";

    public static IHostApplicationBuilder AddHubHardening(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<HubApiOptions>, SecretsStartupValidation>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HubApiOptions>>((kestrel, api) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxBodyBytes;
            // Kestrel's own defaults (32 KiB of headers, 8 KiB request line) fit bearer tokens; fewer headers than its 100 do too.
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<HubApiOptions>>((cors, api) =>
            cors.AddPolicy(CorsPolicy, policy =>
            {
                policy.WithOrigins([.. api.Value.Cors.AllowedOrigins])
                    .WithMethods("GET", "POST", "PUT", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key")
                    .WithExposedHeaders("ETag", "Location", "Retry-After");
                if (api.Value.Cors.AllowCredentials)
                {
                    policy.AllowCredentials();
                }
            }));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.WriteAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<HubApiOptions>>().Value.RateLimit;
                // Probes must answer even when a client floods the hub.
                if (limits.PermitLimit == 0 || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetFixedWindowLimiter(ClientPartition.Of(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = limits.QueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return builder;
    }

    /// <summary>First in the pipeline: headers, HSTS, CORS and the body limit apply to every answer, errors included.</summary>
    public static WebApplication UseHubHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context);
                return Task.CompletedTask;
            });
            return next();
        });
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        // Without listed origins the CORS middleware is not even in the pipeline: no Access-Control-* header, ever.
        if (app.Services.GetRequiredService<IOptions<HubApiOptions>>().Value.Cors.AllowedOrigins.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.Use(RequestSizeLimit.InvokeAsync);
        return app;
    }

    /// <summary>Between authentication and authorization (see UseHubSecurity): the limiter needs to know the client.</summary>
    public static IApplicationBuilder UseHubRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseRateLimiter();
    }
}
