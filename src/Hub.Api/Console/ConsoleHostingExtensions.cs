using Hub.Api.Console.Components;
using Hub.Api.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hub.Api.Console;

/// <summary>
/// The web console (<c>/console</c>): server-rendered Razor components (static SSR, no circuit, no WebAssembly) in
/// the État's design system, served by the hub with its own DSFR files. It uses the console session of
/// <c>/auth/login</c> and the roles of <see cref="AccessPolicyTable"/>, page by page.
/// </summary>
public static class ConsoleHostingExtensions
{
    public const string Root = "/console";

    public static IHostApplicationBuilder AddHubConsole(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents();

        // French text as it is in the page source (é, not &#xE9;); markup characters are still encoded.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = builder.Environment.IsProduction() ? "__Host-lda-hub-af" : "lda-hub-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        // A person opening a console page without a session is sent to the login page; API clients (no text/html
        // in Accept) still get 401 with WWW-Authenticate: Bearer.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure(o =>
        {
            var api = o.Events?.OnChallenge;
            o.Events ??= new JwtBearerEvents();
            o.Events.OnChallenge = async context =>
            {
                var request = context.Request;
                var login = context.HttpContext.RequestServices.GetRequiredService<ConsoleLoginMode>();
                if (login.UsesSession && HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(Root, StringComparison.Ordinal)
                    && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
                {
                    context.HandleResponse();
                    var back = Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
                    context.Response.Redirect($"/auth/login?returnUrl={back}");
                    return;
                }

                if (api is not null)
                {
                    await api(context);
                }
            };
        });
        return builder;
    }

    /// <summary>The DSFR and console files (<c>wwwroot</c>): anonymous, before authentication.</summary>
    public static WebApplication UseHubConsoleAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        return app;
    }

    /// <summary>Forms post with an antiforgery token, checked after authentication (the token is bound to the user).</summary>
    public static WebApplication UseHubConsoleForms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapHubConsole(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRazorComponents<App>();
        endpoints.MapConsoleActions();
        return endpoints;
    }
}
