using Hub.Audit;
using Hub.Api.Features.Resources;
using Hub.Api.Fhir;
using Hub.Archive;
using Hub.Connectors.Core;
using Hub.Mapping;
using Hub.Sync;
using Hub.Canonical.Validation;
using Hub.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Hub.Api.Hosting;

/// <summary>The building blocks Program.cs lists, one line each.</summary>
public static class HubApiHostingExtensions
{
    /// <summary>API options, OpenAPI, error shape.</summary>
    public static IHostApplicationBuilder AddHubApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HubApiOptions>().BindConfiguration(HubApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOpenApi(options => options.AddOperationTransformer<FhirRequestBodyTransformer>());
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The canonical schemas (loaded once; the hub refuses to start without them) and the resource API services.</summary>
    public static IHostApplicationBuilder AddCanonicalResources(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(_ => CanonicalSchemaSet.Load());
        builder.Services.AddSingleton<ResourceBodyReader>();
        builder.Services.AddScoped<ResourceHandlers>();
        builder.Services.AddScoped<Features.Timeline.HouseholdTimeline>();
        builder.Services.AddScoped<Features.Households.HouseholdSearch>();
        return builder;
    }

    public static IHostApplicationBuilder AddHubStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubStorage(builder.Configuration);
        return builder;
    }

    /// <summary>The encrypted, content-addressed archive of raw partner payloads (<c>Hub:Archive</c>).</summary>
    public static IHostApplicationBuilder AddHubArchive(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubArchive(builder.Configuration, sp => sp.GetRequiredService<IOptions<HubDataOptions>>().Value.FullDataDirectory);
        return builder;
    }

    /// <summary>The partners: one connector module per folder of src/Connectors, and the mappers of src/Mapping.</summary>
    public static IHostApplicationBuilder AddPartners(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddConnectors(builder.Configuration);
        builder.Services.AddMapping();
        return builder;
    }

    /// <summary>The sync engine: scheduled pulls, pipeline, outbox, dead letters (<c>Hub:Sync</c>).</summary>
    public static IHostApplicationBuilder AddSync(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSyncEngine(builder.Configuration);
        return builder;
    }

    /// <summary>The hash-chained audit trail (<c>Hub:Audit</c>): every access to personal data and every admin action.</summary>
    public static IHostApplicationBuilder AddHubAudit(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuditTrail();
        return builder;
    }

    /// <summary>Unhandled errors become an OperationOutcome under /api and a Problem Details elsewhere, never a stack trace.</summary>
    public static WebApplication UseHubErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            var message = status == StatusCodes.Status500InternalServerError
                ? $"Internal error (trace id {context.TraceIdentifier})."
                : exception!.Message;
            await OperationOutcomes.Error(status, status >= 500 ? IssueType.Exception : IssueType.Invalid, message).ExecuteAsync(context);
        }));
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var text = context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed
                ? $"{context.Request.Method} is not allowed on {context.Request.Path}."
                : $"HTTP {context.Response.StatusCode} on {context.Request.Path}.";
            await OperationOutcomes.Error(context.Response.StatusCode, IssueType.Processing, text).ExecuteAsync(context);
        });
        return app;
    }

    /// <summary><c>/openapi/v1.json</c> and the interactive reference at <c>/scalar</c>.</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi().WithName("openapi_document");
        endpoints.MapScalarApiReference(options => options.WithTitle("LDA Hub API"));
        // People arriving at the hub land on the console (which asks them to log in); the API reference stays at /scalar.
        endpoints.MapGet("/", () => TypedResults.Redirect("/console")).WithName("api_root").ExcludeFromDescription();
        return endpoints;
    }
}
