using System.Globalization;
using System.Net;
using System.Text.Json;
using Hub.Simulators.Faults;
using Hub.Simulators.Generation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Simulators.Hosting;

/// <summary>
/// A simulated partner: a Kestrel app on 127.0.0.1 with a free port, its fault controller, call counters and the
/// messages it received. Handlers are plain <see cref="RequestDelegate"/>s rather than typed results because the
/// simulators must control every byte on the wire (truncated bodies, aborted connections, raw sandbox payloads).
/// </summary>
public abstract class SimulatorHost : IAsyncDisposable
{
    private WebApplication? _app;

    private protected SimulatorHost(SimulatedSystem system, HouseholdGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        System = system;
        Generator = generator;
        Options = generator.Options;
        Rate = new RateWindow(Options.RateLimitPerMinute, Options.TimeProvider);
    }

    public SimulatedSystem System { get; }

    /// <summary>Base address, e.g. http://127.0.0.1:41234/ (set once started).</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public FaultController Faults { get; } = new();

    public CallCounters Calls { get; } = new();

    public ReceivedStore Received { get; } = new();

    public HouseholdGenerator Generator { get; }

    public SimulatorOptions Options { get; }

    internal IdempotencyStore Idempotency { get; } = new();

    private RateWindow Rate { get; }

    /// <summary>Applies <paramref name="count"/> changes to the source (SI-SIAO, SOLIS): new and changed records get higher sequences.</summary>
    public virtual int Advance(int count) => 0;

    /// <summary>Forgets faults, counters, received messages, idempotency keys and changes.</summary>
    public virtual void Reset()
    {
        Faults.Clear();
        Calls.Reset();
        Received.Clear();
        Idempotency.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _app, null) is { } app)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        // An empty builder: no appsettings, no environment variables, no "Kestrel"/"urls" keys of the host process
        // can move the simulator off its loopback port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Options.Ports.GetValueOrDefault(System)));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseRouting();
        app.Use(InterceptAsync);
        MapAdmin(app);
        MapEndpoints(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        _app = app;
    }

    private protected abstract void MapEndpoints(IEndpointRouteBuilder routes);

    /// <summary>Authentication of partner routes; returns false once it has answered 401.</summary>
    private protected virtual async Task<bool> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7;
        if ((header.Length == 0 && !Options.RequireBearerToken) || bearer)
        {
            return true;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await HttpWriter.WriteProblemAsync(context, 401, "non-authentifie", "Non authentifié", "Jeton porteur absent ou invalide.", "non-authentifie");
        return false;
    }

    /// <summary>Body of an error status produced by a fault or by the rate limit, in the partner's own error format.</summary>
    private protected virtual Task WriteErrorAsync(HttpContext context, int status)
    {
        var (type, title) = status switch
        {
            401 => ("non-authentifie", "Non authentifié"),
            410 => ("curseur-expire", "Curseur expiré"),
            429 => ("trop-de-requetes", "Trop de requêtes"),
            503 => ("indisponible", "Service indisponible"),
            _ => ("erreur-interne", "Erreur interne"),
        };
        return HttpWriter.WriteProblemAsync(context, status, type, title, "Erreur simulée.", type);
    }

    private protected virtual void WriteRateHeaders(HttpContext context, int remaining, DateTimeOffset reset)
    {
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = Rate.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        var seconds = (int)Math.Ceiling((reset - Options.TimeProvider.GetUtcNow()).TotalSeconds);
        headers["RateLimit-Reset"] = Math.Max(0, seconds).ToString(CultureInfo.InvariantCulture);
    }

    private async Task InterceptAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/_sim", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var method = context.Request.Method;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
        if (!route.StartsWith('/'))
        {
            route = "/" + route;
        }

        Calls.Increment($"{method} {route}");
        var (remaining, reset) = Rate.Take();
        WriteRateHeaders(context, remaining, reset);
        if (Options.EnforceRateLimit && remaining < 0)
        {
            HttpWriter.SetRetryAfter(context, Math.Max(1, (int)Math.Ceiling((reset - Options.TimeProvider.GetUtcNow()).TotalSeconds)));
            await WriteErrorAsync(context, 429);
            return;
        }

        var fault = Faults.TryTake(method, route);
        if (fault is not null && await FaultInjector.ApplyAsync(this, context, fault, next))
        {
            return;
        }

        if (await AuthorizeAsync(context))
        {
            await next(context);
        }
    }

    internal Task WriteFaultErrorAsync(HttpContext context, int status) => WriteErrorAsync(context, status);

    internal Task<bool> AuthorizeForFaultAsync(HttpContext context) => AuthorizeAsync(context);

    private void MapAdmin(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/_sim/calls", context => HttpWriter.WriteJsonAsync(context, 200, Calls.Snapshot()));
        routes.MapDelete("/_sim/calls", context =>
        {
            Calls.Reset();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapGet("/_sim/faults", context => HttpWriter.WriteJsonAsync(context, 200, Faults.Active.Select(AdminFault.From).ToList()));
        routes.MapPost("/_sim/faults", AddFaultAsync);
        routes.MapDelete("/_sim/faults", context =>
        {
            Faults.Clear();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapGet("/_sim/received", context =>
        {
            var endpoint = context.Request.Query["endpoint"].ToString();
            var messages = endpoint.Length == 0 ? Received.All : Received.Of(endpoint);
            return HttpWriter.WriteJsonAsync(context, 200, messages.Select(AdminReceived.From).ToList());
        });
        routes.MapDelete("/_sim/received", context =>
        {
            Received.Clear();
            Idempotency.Clear();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapPost("/_sim/advance", async context =>
        {
            var count = int.TryParse(context.Request.Query["count"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            var applied = Advance(Math.Clamp(count, 0, 1_000_000));
            await HttpWriter.WriteJsonAsync(context, 200, new AdminAdvance(applied));
        });
        routes.MapPost("/_sim/reset", context =>
        {
            Reset();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapGet("/_sim/truth/{id}", async context =>
        {
            var id = context.Request.RouteValues["id"]?.ToString() ?? string.Empty;
            if (Generator.TruthOf(id) is { } key)
            {
                await HttpWriter.WriteJsonAsync(context, 200, new AdminTruth(id, key.Household, key.Member, key.IsSolisOnly,
                    key.IsSolisOnly ? null : HouseholdGenerator.SiaoPersonId(key)));
                return;
            }

            await HttpWriter.WriteProblemAsync(context, 404, "introuvable", "Introuvable", "Aucune personne derrière cet identifiant.");
        });
    }

    private async Task AddFaultAsync(HttpContext context)
    {
        var body = await RequestReader.ReadBodyAsync(context);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var endpoint = root.TryGetProperty("endpoint", out var e) ? e.GetString() ?? "*" : "*";
            var kindText = root.GetProperty("kind").GetString() ?? string.Empty;
            if (!Enum.TryParse<FaultKind>(kindText.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal), true, out var kind))
            {
                await HttpWriter.WriteProblemAsync(context, 400, "requete-invalide", "Requête invalide", $"Type de panne inconnu : {kindText}.");
                return;
            }

            var rule = new FaultRule
            {
                Endpoint = endpoint,
                Kind = kind,
                Count = root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null,
                Delay = root.TryGetProperty("delayMs", out var d) && d.ValueKind == JsonValueKind.Number ? TimeSpan.FromMilliseconds(d.GetDouble()) : null,
                RetryAfterSeconds = root.TryGetProperty("retryAfterSeconds", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : 1,
            };
            Faults.Inject(rule);
            await HttpWriter.WriteJsonAsync(context, 201, AdminFault.From(rule));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            await HttpWriter.WriteProblemAsync(context, 400, "requete-invalide", "Requête invalide",
                "Corps attendu : {\"endpoint\": \"GET /v1/menages\", \"kind\": \"ServiceUnavailable\", \"count\": 2, \"delayMs\": 0, \"retryAfterSeconds\": 1}.");
        }
    }
}
