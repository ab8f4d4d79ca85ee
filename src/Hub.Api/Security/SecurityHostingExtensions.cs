using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Hub.Api.Security.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Security;

/// <summary>Authentication (JWT bearer for every caller, OpenID Connect login for the console) and the role policies.</summary>
public static class SecurityHostingExtensions
{
    /// <summary>Picks the bearer token when there is one, else the console's session cookie.</summary>
    public const string HubScheme = "hub";
    public const string ConsoleLoginScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IHostApplicationBuilder AddHubSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, SecurityStartupValidation>();
        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.UsesDevIssuer)
        {
            services.AddSingleton<DevTokenIssuer>();
        }

        // People reach the console with a session cookie: from the OpenID Connect login when an authority is
        // configured, else (the embedded default, never in Production) from the local login of ConsoleLocalLogin.
        var login = ConsoleLoginMode.Of(auth, builder.Environment);
        services.AddSingleton(login);
        var schemes = services.AddAuthentication(HubScheme)
            .AddPolicyScheme(HubScheme, "Bearer token or console session", o =>
            {
                o.ForwardDefaultSelector = context =>
                    login.UsesSession && !context.Request.Headers.Authorization.Any(h => h?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
                        ? CookieAuthenticationDefaults.AuthenticationScheme
                        : JwtBearerDefaults.AuthenticationScheme;

                // An API call without credentials gets 401 with WWW-Authenticate: Bearer, never a redirect to a login page.
                o.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
            })
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServiceProvider, IOptions<AuthOptions>, TimeProvider>((o, sp, options, time) => ConfigureBearer(o, options.Value, time, sp));

        // Production: HTTPS-only cookies, the session one __Host- prefixed (no Domain, Path=/). Elsewhere the hub
        // may serve plain HTTP on loopback (a developer's machine, the login tests), where a Secure cookie never
        // comes back: there the cookies are Secure whenever the request is HTTPS. The start-up check keeps
        // Production on HTTPS.
        var strict = builder.Environment.IsProduction();
        var secure = strict ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        if (login.UsesSession)
        {
            schemes.AddCookie(o =>
            {
                o.Cookie.Name = strict ? "__Host-lda-hub" : "lda-hub";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = secure;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = false;

                // An API answers 403, not a redirect to a login page that does not exist.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        }

        if (auth.Console.Enabled)
        {
            schemes.AddOpenIdConnect(ConsoleLoginScheme, o =>
            {
                o.Authority = auth.Authority;
                o.ClientId = auth.Console.ClientId;
                o.ClientSecret = auth.Console.ClientSecret;
                o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                o.ResponseType = "code";
                o.UsePkce = true;

                // The code comes back in the query of a top-level GET (a one-time code bound to the PKCE verifier), so
                // the correlation and nonce cookies can be SameSite=Lax rather than None, which browsers accept only
                // on Secure cookies: the login also works over loopback HTTP outside Production.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = secure;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = secure;
                o.Events.OnRemoteFailure = LoginFailedAsync;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;

                // The provider's tokens stay at the hub's edge: the session needs who, not the provider's access token.
                o.SaveTokens = false;
                o.Scope.Clear();
                foreach (var scope in auth.Console.EffectiveScopes)
                {
                    o.Scope.Add(scope);
                }

                o.TokenValidationParameters.NameClaimType = HubClaims.Subject;
                o.TokenValidationParameters.RoleClaimType = HubClaims.Role;
            });
        }

        services.AddTransient<IClaimsTransformation, HubClaimsTransformation>();
        services.AddHttpContextAccessor();
        services.AddScoped<CareAccess>();
        services.AddScoped<TimelineConsent>();
        services.AddSingleton<IAuthorizationHandler, OwnInboundHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(HubScheme).RequireRole(HubRoles.All).Build())
            .AddHubPolicies();
        return builder;
    }

    public static WebApplication UseHubSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        // Here, not earlier: the rate limiter partitions by the authenticated client.
        app.UseHubRateLimiting();

        // Before authorization, so refused calls (401 / 403) are traced as well as granted ones.
        app.UseHubAudit();
        app.UseAuthorization();
        return app;
    }

    private static AuthorizationBuilder AddHubPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var rule in AccessPolicyTable.Rules.Where(r => r.Kind != AccessKind.Anonymous))
        {
            authorization.AddPolicy(rule.Name, policy =>
            {
                policy.AddAuthenticationSchemes(HubScheme).RequireAuthenticatedUser();
                if (rule.Kind == AccessKind.OwnSystem)
                {
                    policy.AddRequirements(new OwnInboundRequirement());
                }
                else
                {
                    policy.RequireRole(rule.Roles);
                }
            });
        }

        return authorization;
    }

    /// <summary>
    /// A callback that fails (forged or replayed state, missing correlation cookie, provider error) ends in a 401
    /// Problem Details instead of an unhandled exception; the reason goes to the log, not to the caller.
    /// </summary>
    private static async Task LoginFailedAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthEndpoints))
            .LogWarning(context.Failure, "Console login failed");
        await TypedResults.Problem(title: "Login failed", detail: "The sign-in could not be completed: start again from /auth/login.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
    }

    private static void ConfigureBearer(JwtBearerOptions o, AuthOptions auth, TimeProvider time, IServiceProvider services)
    {
        o.MapInboundClaims = false;
        o.TimeProvider = time;
        o.Audience = auth.Audience;
        o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        o.TokenValidationParameters.NameClaimType = HubClaims.Subject;
        o.TokenValidationParameters.RoleClaimType = HubClaims.Role;
        o.TokenValidationParameters.ValidAudience = auth.Audience;
        o.TokenValidationParameters.ClockSkew = auth.ClockSkew;
        o.TokenValidationParameters.RequireExpirationTime = true;

        // Token lifetimes follow the hub's clock (TimeProvider), like everything else, not the library's own DateTime.UtcNow.
        o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } exp && now <= exp + parameters.ClockSkew && (notBefore is not { } nbf || now >= nbf - parameters.ClockSkew);
        };
        if (auth.UsesDevIssuer)
        {
            var issuer = services.GetRequiredService<DevTokenIssuer>();
            o.TokenValidationParameters.ValidIssuer = DevTokenIssuer.Issuer;
            o.TokenValidationParameters.IssuerSigningKey = issuer.SigningKey;
        }
        else
        {
            o.Authority = auth.Authority;
        }

        o.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256];
    }
}
