using System.Security.Claims;
using Hub.Audit;

namespace Hub.Api.Security;

/// <summary>
/// Records one audit event per call to an endpoint that reaches personal data or operates the hub (every rule but
/// anonymous and any-role), including the calls refused with 401 / 403. The event is committed in
/// <c>Response.OnStarting</c>, before the first byte of the answer leaves: no answer without its trace.
/// Handlers add what they showed (the records a search returned, the household of a timeline) through
/// <see cref="AuditScope"/>.
/// </summary>
public static class RequestAudit
{
    /// <summary>Codes of finalite-consentement a caller may declare in <c>X-Purpose-Of-Use</c>.</summary>
    private static readonly HashSet<string> Purposes = new(StringComparer.Ordinal)
    {
        "coordination", "ouverture-droits", "orientation", "prevention-expulsion", "observatoire", "evaluation",
    };

    public const string PurposeHeader = "X-Purpose-Of-Use";

    /// <summary>Purpose of use for administration of the hub itself (not a purpose of sharing, so not a consent code).</summary>
    public const string OperationsPurpose = "operations";

    public static WebApplication UseHubAudit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var rule = context.GetEndpoint()?.Metadata.GetMetadata<AccessRule>();
            if (rule is null || rule.Kind == AccessKind.Anonymous || rule == AccessRule.AnyRole)
            {
                await next(context);
                return;
            }

            // What the call is about is read now: by the time the answer starts, an error handler may have cleared
            // the endpoint and its route values.
            var scope = new AuditScope();
            context.Features.Set(scope);
            var call = Describe(context, rule);
            var trail = context.RequestServices.GetRequiredService<IAuditTrail>();
            context.Response.OnStarting(() => trail.RecordAsync(Complete(call, context.Response, scope), CancellationToken.None));
            await next(context);
        });
        return app;
    }

    /// <summary>The audit scope of the current call (null outside audited endpoints).</summary>
    public static AuditScope? AuditScope(this HttpContext context) => context?.Features.Get<AuditScope>();

    /// <summary>The outcome and what the handler showed, once the answer is about to start.</summary>
    private static AuditRecord Complete(AuditRecord call, HttpResponse response, AuditScope scope)
    {
        var status = response.StatusCode;
        var entities = call.Entities;

        // A create names its record only in the answer: Location is {base}/{Type}/{id}/_history/{version}.
        if (call.Action == AuditActions.Create && status == StatusCodes.Status201Created
            && response.Headers.Location.ToString().Split('/') is { Length: >= 4 } location && location[^2] == "_history")
        {
            entities = [new AuditEntity($"{location[^4]}/{location[^3]}"), .. entities.Skip(1)];
        }

        return call with
        {
            Outcome = status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden ? AuditOutcome.Denied
                : status >= 400 ? AuditOutcome.Failure : AuditOutcome.Success,
            OutcomeDetail = status >= 400 ? $"HTTP {status}" : null,
            Entities = scope.Entities.Count == 0 ? entities : [.. entities, .. scope.Entities],
        };
    }

    internal static AuditRecord Describe(HttpContext context, AccessRule rule)
    {
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unknown";
        var user = context.User;
        var (subtype, entity) = Subject(name, context.Request.RouteValues);
        var entities = new List<AuditEntity>();
        if (entity is not null)
        {
            entities.Add(new AuditEntity(entity));
        }

        if (context.Request.QueryString.HasValue && HttpMethods.IsGet(context.Request.Method))
        {
            entities.Add(new AuditEntity(entity ?? context.Request.Path, AuditEntityRoles.Query, context.Request.QueryString.Value));
        }

        return new AuditRecord
        {
            Action = Action(context.Request.Method, subtype),
            Subtype = subtype,
            Category = name.StartsWith("audit_", StringComparison.Ordinal) ? AuditCategories.Security : AuditCategories.Rest,
            Outcome = AuditOutcome.Success,
            Agent = user.FindFirst(HubClaims.Subject)?.Value,
            Role = HubRoles.All.FirstOrDefault(user.IsInRole),
            Client = user.FindFirst(HubClaims.ClientId)?.Value ?? user.FindFirst(HubClaims.AuthorizedParty)?.Value,
            Address = context.Connection.RemoteIpAddress?.ToString(),
            Purpose = PurposeOf(context, user, rule),
            Entities = entities,
        };
    }

    /// <summary>The interaction and the main entity, from the endpoint name and its route values.</summary>
    private static (string Subtype, string? Entity) Subject(string name, RouteValueDictionary route)
    {
        string? Value(string key) => route.TryGetValue(key, out var v) ? v?.ToString() : null;
        var split = name.LastIndexOf('_');
        if (char.IsUpper(name[0]) && split > 0)
        {
            // A resource operation: {Type}_{read|vread|history|search|create|update|delete}.
            var type = name[..split];
            var id = Value("id");
            return (name[(split + 1)..], id is null ? type : $"{type}/{id}");
        }

        return name switch
        {
            "household_timeline" or "console_household" => ("timeline", $"Household/{Value("id")}"),
            "console_household_export" => ("export", $"Household/{Value("id")}"),
            "identity_household_links" => (name, $"Household/{Value("id")}"),
            "console_sync_run" or "console_sync_pause" or "console_sync_resume" => (name, $"Connector/{Value("name")}"),
            "console_dead_letter" or "console_dead_letter_replay" => (name, $"DeadLetter/{Value("id")}"),
            "console_conflict_resolve" => (name, $"Conflict/{Value("id")}"),
            "inbound_push" => ("push", $"Connector/{Value("system")}"),
            _ when name.StartsWith("sync_", StringComparison.Ordinal) && Value("name") is { } connector => (name, $"Connector/{connector}"),
            _ when name.StartsWith("dead_letters_", StringComparison.Ordinal) && Value("id") is { } letter => (name, $"DeadLetter/{letter}"),
            _ when name.StartsWith("conflicts_", StringComparison.Ordinal) && Value("id") is { } conflict => (name, $"Conflict/{conflict}"),
            _ when name.StartsWith("identity_", StringComparison.Ordinal) && Value("id") is { } decision => (name, $"IdentityDecision/{decision}"),
            _ => (name, null),
        };
    }

    private static string Action(string method, string subtype) => method switch
    {
        _ when HttpMethods.IsGet(method) || HttpMethods.IsHead(method) => AuditActions.Read,
        _ when HttpMethods.IsPut(method) => AuditActions.Update,
        _ when HttpMethods.IsDelete(method) => AuditActions.Delete,
        _ when subtype == "create" => AuditActions.Create,
        _ => AuditActions.Execute,
    };

    private static string? PurposeOf(HttpContext context, ClaimsPrincipal user, AccessRule rule)
    {
        if (context.Request.Headers[PurposeHeader].ToString() is { Length: > 0 } declared && Purposes.Contains(declared))
        {
            return declared;
        }

        if (rule == AccessPolicyTable.Operations)
        {
            return OperationsPurpose;
        }

        return user.IsInRole(HubRoles.Observatory) ? "observatoire" : "coordination";
    }
}

/// <summary>What a handler adds to its call's audit event: the records it returned or showed.</summary>
public sealed class AuditScope
{
    /// <summary>Enough to answer "who saw this household" without turning a bulk export into a huge event.</summary>
    public const int MaxEntities = 200;

    private readonly List<AuditEntity> _entities = [];

    public IReadOnlyList<AuditEntity> Entities => _entities;

    public void Returned(string reference)
    {
        if (_entities.Count < MaxEntities)
        {
            _entities.Add(new AuditEntity(reference, AuditEntityRoles.Returned));
        }
    }
}
